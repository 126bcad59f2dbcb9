<?xml version="1.0" encoding="UTF-8"?>
<!-- Long URLs in narrow columns: where a URL may be broken across lines. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <!-- A URL breaks only after / . - _ ? = & (after the last of a run of them, so that
       "//" stays whole), never before its first or after its last character: a break
       there would leave the URL's neighbour, such as a closing "。", at the start of a line. -->
  <xsl:function name="f:breakable-url" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="break" as="xs:string"/>
    <xsl:sequence select="if (string-length($url) le 1) then $url
        else replace(substring($url, 1, string-length($url) - 1), '([/.\-_?=&amp;]+)', '$1' || $break)
             || substring($url, string-length($url))"/>
  </xsl:function>
</xsl:stylesheet>
