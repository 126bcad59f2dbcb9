<?xml version="1.0" encoding="UTF-8"?>
<!-- Long URLs in narrow columns: where a URL may be broken across lines. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <!-- The break points of a URL, in Chicago style (CMOS 14.18), so that a broken URL cannot be
       misread as ending at the line end or as hyphenated: after a slash or a run of slashes
       ("//" stays whole), before . - _ ? # % ~ (a line never ends in a dot or hyphen of the
       URL), before and after = and &. Never before its first or after its last character: a
       break there would leave the URL's neighbour, such as a closing "。", at the start of a
       line. $break is what marks a break point: a zero-width space for FO, which the XHTML
       driver turns into <wbr/>. -->
  <xsl:function name="f:breakable-url" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="break" as="xs:string"/>
    <xsl:variable name="marked" select="$url
        => replace('(/+)', '$1&#xE000;')
        => replace('([.\-_?#%~]+)', '&#xE000;$1')
        => replace('([=&amp;])', '&#xE000;$1&#xE000;')
        => replace('&#xE000;+', '&#xE000;')
        => replace('^&#xE000;|&#xE000;$', '')"/>
    <xsl:sequence select="replace($marked, '&#xE000;', $break, 'q')"/>
  </xsl:function>
</xsl:stylesheet>
