<?xml version="1.0" encoding="UTF-8"?>
<!-- Base direction: a block the normalising pass marks tp:dir (its language is written the
     other way than the text around it) is set in a block container of that writing mode. FOP
     takes a paragraph's base direction from its reference area alone, so without one a Hebrew
     paragraph in an English book would start at the left, its closing full stop on the right. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:template match="*[@tp:dir][parent::*]" priority="20">
    <fo:block-container writing-mode="{f:writing-mode(@tp:dir)}">
      <xsl:next-match/>
    </fo:block-container>
  </xsl:template>

  <xsl:function name="f:writing-mode" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xsl:param name="direction" as="xs:string"/>
    <xsl:sequence select="if ($direction eq 'rtl') then 'rl-tb' else 'lr-tb'"/>
  </xsl:function>
</xsl:stylesheet>
