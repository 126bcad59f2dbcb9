<?xml version="1.0" encoding="UTF-8"?>
<!-- What stands between a generated section label and the heading text. Chinese print sets an
     ideographic space after 一 but nothing after （一）, whose bracket already separates. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="f:div-label-separator" as="xs:string">
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="cjk" as="xs:boolean"/>
    <xsl:sequence select="if ($cjk) then (if ($depth eq 2) then '' else '&#x3000;') else ' '"/>
  </xsl:function>
</xsl:stylesheet>
