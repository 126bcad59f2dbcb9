<?xml version="1.0" encoding="UTF-8"?>
<!-- Block-level structure: divisions with their numbered headings, paragraphs, lists,
     bibliographies. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:m="urn:tei-press:modes"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <!-- The running-head marker sits on the division's block, not on its heading, so that a
       page that starts inside a section carries that section's title over. -->
  <xsl:template match="tei:div">
    <fo:block id="{@xml:id}">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:if test="@tp:depth = '1'">
        <fo:marker marker-class-name="{$f:section-marker}">
          <xsl:value-of select="f:div-heading-text(.)"/>
        </fo:marker>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:div/tei:head">
    <xsl:variable name="div" select="parent::tei:div"/>
    <xsl:variable name="depth" select="xs:integer($div/@tp:depth)"/>
    <fo:block font-weight="bold" keep-with-next.within-page="always" text-align="start"
        role="H{min(($depth, 6))}">
      <!-- 标题占行: a heading takes whole body lines, so that the text after it stays on the
           line grid of the page (and backs up with the facing page). Its lines are body lines;
           a section heading is centred in one line more (half a line of padding above and
           below) and has a blank line before it, dropped at the top of a page: three lines.
           A subsection heading takes its own lines only: with half a line more on each side
           its keep with the next lines and their notes left page 2 four lines short. -->
      <xsl:attribute name="line-height" select="$fp:line-pitch"/>
      <xsl:attribute name="text-indent" select="$paragraph-indent"/>
      <xsl:choose>
        <xsl:when test="$depth eq 1">
          <xsl:attribute name="font-size" select="$section-font-size"/>
          <xsl:attribute name="space-before" select="$fp:line-pitch"/>
          <xsl:attribute name="padding-before" select="$fp:half-line-pitch"/>
          <xsl:attribute name="padding-after" select="$fp:half-line-pitch"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="font-size" select="$subsection-font-size"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:value-of select="$div/@tp:label || $div/@tp:label-separator"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:head">
    <fo:block font-weight="bold" keep-with-next.within-page="always" space-before="0.6em" space-after="0.3em">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:p">
    <fo:block text-indent="{$paragraph-indent}" text-align="justify">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:call-template name="f:hyphenation"/>
      <xsl:call-template name="f:cjk-justification"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p]">
    <fo:block start-indent="2em" end-indent="2em" space-before="0.5em" space-after="0.5em">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:list">
    <!-- A list inside an item starts where the item's text starts. -->
    <fo:list-block provisional-distance-between-starts="2em" provisional-label-separation="0.5em"
        text-indent="0" space-before="0.3em" space-after="0.3em">
      <xsl:if test="empty(ancestor::tei:item)">
        <xsl:attribute name="start-indent" select="$paragraph-indent"/>
      </xsl:if>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates select="tei:head"/>
      <xsl:apply-templates select="tei:item"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="tei:list/tei:head" priority="2">
    <fo:list-item>
      <fo:list-item-label end-indent="label-end()"><fo:block/></fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block font-weight="bold"><xsl:apply-templates/></fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="tei:item">
    <fo:list-item>
      <fo:list-item-label end-indent="label-end()">
        <fo:block>
          <xsl:choose>
            <xsl:when test="@tp:label-kind = 'label'">
              <xsl:apply-templates select="preceding-sibling::tei:*[1]/node()"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="@tp:label"/>
            </xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block text-align="justify">
          <xsl:call-template name="f:lang-attribute"/>
          <xsl:call-template name="f:hyphenation"/>
          <xsl:apply-templates/>
        </fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="tei:list/tei:label"/>

  <xsl:template match="tei:listBibl">
    <fo:block space-before="0.6em">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:listBibl/tei:head" priority="2">
    <fo:block font-weight="bold" font-size="{$section-font-size}" keep-with-next.within-page="always"
        space-after="0.6em" role="H2">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- Entries of a bibliography hang, so that the first words stand out. An entry that shows a
       URL is set ragged, as notes with one are: a URL breaks only at its break points, and
       justifying the line before it spread "Mommsen   1883   7190" apart. -->
  <xsl:template match="tei:listBibl/tei:bibl">
    <fo:block start-indent="2em" text-indent="-2em" space-after="0.2em"
        text-align="{if (exists(.//tei:ptr | .//tei:ref[matches(@target, '^[a-zA-Z][a-zA-Z+.-]*:')])) then 'start' else 'justify'}">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:call-template name="f:hyphenation"/>
      <xsl:call-template name="f:cjk-justification"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
