<?xml version="1.0" encoding="UTF-8"?>
<!-- Front matter: title, byline with its author note, and the abstract and keywords block as
     Chinese journals set it (bold labels 摘要： 关键词：, smaller type, indented both sides).
     The title is set in the heading role's fonts and the abstract in the abstract role's
     (f:font-role), its labels as headings: a 黑体 title and labels over 楷体 text in Chinese. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:front">
    <xsl:variable name="title-page" select="tei:docTitle | tei:titlePart | tei:byline | tei:docAuthor"/>
    <xsl:apply-templates select="$title-page"/>
    <xsl:call-template name="f:header-byline">
      <xsl:with-param name="tei" select="ancestor::tei:TEI"/>
    </xsl:call-template>
    <xsl:call-template name="f:abstract-block">
      <xsl:with-param name="tei" select="ancestor::tei:TEI"/>
    </xsl:call-template>
    <xsl:apply-templates select="* except $title-page"/>
  </xsl:template>

  <!-- A document without front matter still gets its title from the header. -->
  <xsl:template name="f:title-from-header">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <fo:block font-size="{$title-font-size}" font-weight="bold" text-align="center" line-height="1.4"
        space-after="1.5em" role="H1" font-family="{f:role-font('heading', if (f:in-cjk-context($tei)) then 'hani' else 'latn')}">
      <xsl:apply-templates select="f:document-title-element($tei)/node()">
        <xsl:with-param name="fp:passed-role" select="'heading'" tunnel="yes"/>
      </xsl:apply-templates>
    </fo:block>
    <xsl:call-template name="f:header-byline">
      <xsl:with-param name="tei" select="$tei"/>
    </xsl:call-template>
    <xsl:call-template name="f:abstract-block">
      <xsl:with-param name="tei" select="$tei"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The header's authors under the title, when the text's title page names nobody. -->
  <xsl:template name="f:header-byline">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:for-each select="f:header-byline($tei)">
      <fo:block text-align="center" font-size="{$byline-font-size}" space-before="-0.5em" space-after="1.5em" role="P">
        <xsl:value-of select="."/>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:docTitle">
    <fo:block role="H1" text-align="center" space-after="1em" font-family="{f:font-for(.)}">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:titlePart">
    <fo:block font-weight="bold" line-height="1.4"
        font-size="{if (@type = ('sub', 'desc')) then $byline-font-size else $title-font-size}">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:byline">
    <fo:block text-align="center" font-size="{$byline-font-size}" space-after="1.5em">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:docAuthor">
    <fo:inline>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:front/tei:docAuthor">
    <fo:block text-align="center" font-size="{$byline-font-size}" space-after="1.5em">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template name="f:abstract-block">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="abstract" select="$tei/tei:teiHeader/tei:profileDesc/tei:abstract"/>
    <xsl:variable name="terms" select="$tei/tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords/tei:term"/>
    <xsl:if test="exists($abstract) or exists($terms)">
      <fo:block font-size="{$abstract-font-size}" start-indent="2em" end-indent="2em" text-align="justify"
          space-after="2em" font-family="{f:font-for(($abstract, $terms)[1])}">
        <xsl:call-template name="f:cjk-justification">
          <xsl:with-param name="cjk" select="f:in-cjk-context(($abstract, $terms)[1])"/>
        </xsl:call-template>
        <xsl:for-each select="$abstract">
          <xsl:variable name="lang" select="f:lang(.)"/>
          <xsl:for-each select="tei:p">
            <fo:block space-after="0.3em">
              <xsl:if test="position() eq 1">
                <fo:inline font-weight="bold" font-family="{fp:label-font(.)}">
                  <xsl:value-of select="f:gentext('abstract', $lang) || f:gentext('label-separator', $lang)"/>
                </fo:inline>
              </xsl:if>
              <xsl:apply-templates/>
            </fo:block>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:if test="exists($terms)">
          <xsl:variable name="lang" select="f:lang($terms[1])"/>
          <fo:block>
            <fo:inline font-weight="bold" font-family="{fp:label-font($terms[1])}">
              <xsl:value-of select="f:gentext('keywords', $lang) || f:gentext('label-separator', $lang)"/>
            </fo:inline>
            <xsl:for-each select="$terms">
              <xsl:if test="position() gt 1">
                <xsl:value-of select="f:gentext('keyword-separator', $lang)"/>
              </xsl:if>
              <xsl:apply-templates select="."/>
            </xsl:for-each>
          </fo:block>
        </xsl:if>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- The labels 摘要： and 关键词： stand out as headings do. -->
  <xsl:function name="fp:label-font" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:role-font('heading', if (f:in-cjk-context($node)) then 'hani' else 'latn')"/>
  </xsl:function>
</xsl:stylesheet>
