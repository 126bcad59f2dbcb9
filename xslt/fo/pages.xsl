<?xml version="1.0" encoding="UTF-8"?>
<!-- Page masters and what stands on every page outside the text: running heads, folios and
     the footnote rule. Recto pages have the binding on the left, verso pages on the right. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <!-- The marker class the running head of recto pages reads. -->
  <xsl:variable name="f:section-marker" as="xs:string" select="'section-title'"/>

  <xsl:template name="f:layout-master-set">
    <fo:layout-master-set>
      <xsl:call-template name="fp:page-master">
        <xsl:with-param name="name" select="'first'"/>
        <xsl:with-param name="recto" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="fp:page-master">
        <xsl:with-param name="name" select="'recto'"/>
        <xsl:with-param name="recto" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="fp:page-master">
        <xsl:with-param name="name" select="'verso'"/>
        <xsl:with-param name="recto" select="false()"/>
      </xsl:call-template>
      <fo:page-sequence-master master-name="text">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="recto" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="verso" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template name="fp:page-master">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="recto" as="xs:boolean"/>
    <fo:simple-page-master master-name="{$name}" page-width="{$page-width}" page-height="{$page-height}"
        margin-top="{$margin-top}" margin-bottom="{$margin-bottom}"
        margin-left="{if ($recto) then $margin-inner else $margin-outer}"
        margin-right="{if ($recto) then $margin-outer else $margin-inner}">
      <fo:region-body margin-top="{$head-extent}" margin-bottom="{$foot-extent}"/>
      <!-- The first page has a region with no content: no running head above the title. -->
      <fo:region-before region-name="head-{$name}" extent="{$head-extent}" display-align="after"/>
      <!-- The folio at the foot of its region: about a line of space above it, so that under
           notes reaching the foot it does not read as one more note. -->
      <fo:region-after region-name="foot-{if ($recto) then 'recto' else 'verso'}" extent="{$foot-extent}"
          display-align="after"/>
    </fo:simple-page-master>
  </xsl:template>

  <!-- Running heads (the report title on verso, the current section on recto) and folios on
       the outer side. They repeat on every page, so they are artifacts, not document text. -->
  <xsl:template name="f:static-content">
    <xsl:param name="document-title" as="item()*"/>
    <fo:static-content flow-name="head-verso" role="artifact">
      <xsl:call-template name="fp:running-head">
        <xsl:with-param name="content" select="$document-title"/>
      </xsl:call-template>
    </fo:static-content>
    <fo:static-content flow-name="head-recto" role="artifact">
      <xsl:call-template name="fp:running-head">
        <xsl:with-param name="content" as="element()">
          <!-- The last section begun on the page, else the one carried over (as a book's right
               running head does): a page where 六 begins is headed 六, not 五. -->
          <fo:retrieve-marker retrieve-class-name="{$f:section-marker}"
              retrieve-position="last-starting-within-page" retrieve-boundary="page-sequence"/>
        </xsl:with-param>
      </xsl:call-template>
    </fo:static-content>
    <fo:static-content flow-name="foot-recto" role="artifact">
      <fo:block text-align="end" font-size="{$running-head-font-size}" font-family="{$western-font}">
        <fo:page-number/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="foot-verso" role="artifact">
      <fo:block text-align="start" font-size="{$running-head-font-size}" font-family="{$western-font}">
        <fo:page-number/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
      <fo:block end-indent="{100 - xs:integer(substring-before($footnote-separator-length, '%'))}%"
          border-top="0.4pt solid black" space-before="3mm" space-before.conditionality="retain"
          padding-bottom="1.5mm" font-size="1pt" line-height="1pt"/>
    </fo:static-content>
  </xsl:template>

  <xsl:template name="fp:running-head">
    <xsl:param name="content" as="item()*"/>
    <!-- The rule stands $running-head-rule-gap above the type area (4–6 mm from the first line's
         ascenders, with the line's own leading), so that a heading never touches it. -->
    <fo:block padding-bottom="{$running-head-rule-gap}">
      <fo:block text-align="center" font-size="{$running-head-font-size}" line-height="1.4"
          border-bottom="0.4pt solid black" padding-bottom="1mm">
        <xsl:sequence select="$content"/>
      </fo:block>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
