<?xml version="1.0" encoding="UTF-8"?>
<!-- Makes a synthetic book for the scale benchmark: the body of a TEI document repeated
     $copies times, each copy a chapter of its own. Ids get a per-chapter suffix so the book
     stays valid (unique ids, local references still resolve within their chapter). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="xs">

  <xsl:param name="copies" as="xs:integer" select="1"/>

  <xsl:mode on-no-match="shallow-copy"/>
  <xsl:mode name="chapter" on-no-match="shallow-copy"/>

  <xsl:template match="body">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:variable name="body" select="."/>
      <xsl:for-each select="1 to $copies">
        <div type="chapter" xml:id="ch{.}" n="{.}">
          <head>
            <xsl:value-of select="normalize-space(($body/ancestor::TEI//docTitle/titlePart)[1]) || '（' || . || '）'"/>
          </head>
          <xsl:apply-templates select="$body/node()" mode="chapter">
            <xsl:with-param name="suffix" select="'-c' || ." tunnel="yes"/>
          </xsl:apply-templates>
        </div>
      </xsl:for-each>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="@xml:id" mode="chapter">
    <xsl:param name="suffix" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="xml:id" select=". || $suffix"/>
  </xsl:template>

  <xsl:template match="@target[starts-with(., '#')]" mode="chapter">
    <xsl:param name="suffix" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="target" select=". || $suffix"/>
  </xsl:template>
</xsl:stylesheet>
