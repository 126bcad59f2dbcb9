<?xml version="1.0" encoding="UTF-8"?>
<!-- The title page: title, byline with the author note, abstract and keywords (from the
     teiHeader), then the body text that precedes the first section. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:variable name="fp:abstract" as="element(tei:abstract)*"
      select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:abstract"/>
  <xsl:variable name="fp:keywords" as="element(tei:term)*"
      select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords/tei:term"/>
  <xsl:variable name="fp:front" as="element(tei:front)?" select="/tei:TEI/tei:text/tei:front"/>

  <xsl:template name="fp:title-page-document">
    <xsl:variable name="front-content"
        select="$fp:front/*[empty(preceding-sibling::tei:div)] except $fp:front/(tei:docTitle, tei:byline, tei:div)"/>
    <xsl:call-template name="fp:write-document">
      <xsl:with-param name="href" select="$title-page-href"/>
      <xsl:with-param name="title" select="fp:book-title()"/>
      <xsl:with-param name="content">
        <section class="titlepage" epub:type="titlepage" aria-labelledby="book-title">
          <xsl:apply-templates select="$fp:front/tei:docTitle"/>
          <xsl:if test="empty($fp:front/tei:docTitle)">
            <h1 id="book-title" class="title"><xsl:value-of select="fp:book-title()"/></h1>
          </xsl:if>
          <xsl:apply-templates select="$fp:front/tei:byline"/>
          <xsl:for-each select="f:header-byline(/tei:TEI)">
            <p class="byline"><xsl:value-of select="."/></p>
          </xsl:for-each>
        </section>
        <xsl:apply-templates select="$fp:abstract"/>
        <xsl:if test="exists($fp:keywords)">
          <p class="keywords">
            <span class="label"><xsl:value-of select="f:gentext('keywords', $fp:main-lang)
                                                      || f:gentext('label-separator', $fp:main-lang)"/></span>
            <xsl:for-each select="$fp:keywords">
              <xsl:if test="position() gt 1">
                <xsl:value-of select="f:gentext('keyword-separator', $fp:main-lang)"/>
              </xsl:if>
              <span class="term"><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></span>
            </xsl:for-each>
          </p>
        </xsl:if>
        <xsl:apply-templates select="$front-content"/>
        <xsl:if test="exists($fp:opening)">
          <section class="opening" id="body-start">
            <xsl:apply-templates select="$fp:opening"/>
          </section>
        </xsl:if>
        <xsl:call-template name="fp:footnotes">
          <xsl:with-param name="notes" select="($fp:front/(tei:docTitle, tei:byline), $front-content,
                                               $fp:abstract)//tei:note | $fp:opening/descendant-or-self::tei:note"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:docTitle">
    <xsl:apply-templates select="tei:titlePart"/>
  </xsl:template>

  <xsl:template match="tei:titlePart">
    <xsl:choose>
      <xsl:when test="not(preceding-sibling::tei:titlePart)">
        <h1 id="book-title" class="title"><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></h1>
      </xsl:when>
      <xsl:otherwise>
        <p class="subtitle"><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:byline">
    <p class="byline"><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:abstract">
    <section class="abstract" role="doc-abstract" aria-label="{f:gentext('abstract', f:lang(.))}">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:apply-templates select="*"/>
    </section>
  </xsl:template>

  <!-- The label runs into the first paragraph, as in print. -->
  <xsl:template match="tei:abstract/tei:p[1]">
    <p>
      <xsl:call-template name="fp:common-attributes"/>
      <span class="label"><xsl:value-of select="f:gentext('abstract', f:lang(.)) || f:gentext('label-separator', f:lang(.))"/></span>
      <xsl:apply-templates/>
    </p>
  </xsl:template>
</xsl:stylesheet>
