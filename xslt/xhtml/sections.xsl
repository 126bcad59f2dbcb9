<?xml version="1.0" encoding="UTF-8"?>
<!-- Divisions and their headings: h1 for a top-level div (each opens its own document), one
     level deeper per nesting, with the generated print label (一, （一）). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:div">
    <xsl:variable name="depth" select="xs:integer(@tp:depth)"/>
    <section class="div depth{$depth}{@type ! (' ' || .)}">
      <!-- A division without a head has no heading to point at: it is named as the contents name it. -->
      <xsl:choose>
        <xsl:when test="tei:head">
          <xsl:attribute name="aria-labelledby" select="@xml:id || '-head'"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="aria-label" select="f:div-toc-label(.)"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:if test="$depth eq 1 and parent::tei:body">
        <xsl:attribute name="epub:type" select="'chapter'"/>
        <xsl:attribute name="role" select="'doc-chapter'"/>
      </xsl:if>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div/tei:head">
    <xsl:variable name="div" select=".." as="element(tei:div)"/>
    <xsl:element name="h{min((xs:integer($div/@tp:depth), 6))}" namespace="http://www.w3.org/1999/xhtml">
      <!-- A division may have several heads (a number, then a title): the section is labelled by the
           first, and an id may be given once. -->
      <xsl:if test="empty(preceding-sibling::tei:head)">
        <xsl:attribute name="id" select="$div/@xml:id || '-head'"/>
      </xsl:if>
      <xsl:if test="@xml:lang">
        <xsl:attribute name="lang" select="f:language-tag(@xml:lang)"/>
        <xsl:attribute name="xml:lang" select="f:language-tag(@xml:lang)"/>
      </xsl:if>
      <xsl:if test="$div/@tp:label">
        <span class="label"><xsl:value-of select="$div/@tp:label"/></span>
        <xsl:value-of select="$div/@tp:label-separator"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
