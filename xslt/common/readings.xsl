<?xml version="1.0" encoding="UTF-8"?>
<!-- Which alternative of a choice the reader sees: the corrected, regularised or expanded one,
     else the first. One rule for the text flow of the normalising pass (what stands next to
     what) and for the tp:hidden marks the drivers honour. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="f:is-hidden-reading" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/parent::tei:choice)
        and not($element is $element/../(tei:corr, tei:reg, tei:expan, *)[1])"/>
  </xsl:function>
</xsl:stylesheet>
