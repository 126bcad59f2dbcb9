<?xml version="1.0" encoding="UTF-8"?>
<!-- The PDF outline: every division, nested as in the text, titled with its printed number, the
     same entries as the EPUB navigation (common/toc-label.xsl chooses the divisions and
     their labels). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:m="urn:tei-press:modes"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:template name="f:bookmark-tree">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="divs" select="$tei/tei:text/(tei:front | tei:body | tei:back)/tei:div[f:div-in-toc(.)]"/>
    <xsl:if test="exists($divs)">
      <fo:bookmark-tree>
        <xsl:apply-templates select="$divs" mode="m:bookmark"/>
        <xsl:call-template name="f:references-bookmark">
          <xsl:with-param name="tei" select="$tei"/>
        </xsl:call-template>
      </fo:bookmark-tree>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div" mode="m:bookmark">
    <fo:bookmark internal-destination="{@xml:id}" starting-state="show">
      <fo:bookmark-title><xsl:value-of select="f:div-toc-label(.)"/></fo:bookmark-title>
      <xsl:apply-templates select="tei:div[f:div-in-toc(.)]" mode="m:bookmark"/>
    </fo:bookmark>
  </xsl:template>
</xsl:stylesheet>
