<?xml version="1.0" encoding="UTF-8"?>
<!-- Titles of works: the source has no brackets; Chinese text wants 《》 around them. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <!-- Opening and closing bracket for a title, or two empty strings. -->
  <xsl:function name="f:title-brackets" as="xs:string+">
    <xsl:param name="title" as="element(tei:title)"/>
    <xsl:sequence select="if (f:in-cjk-context($title)) then ('《', '》') else ('', '')"/>
  </xsl:function>
</xsl:stylesheet>
