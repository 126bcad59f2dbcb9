<?xml version="1.0" encoding="UTF-8"?>
<!-- Long URLs in narrow columns: where a URL may be broken across lines. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
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

  <!-- Emergency breaks, the last resort against text running off the page. A run with no break
       opportunity (no space, no ideograph, no break already marked) of $f:longest-unbroken-run
       characters or more may be wider than the narrowest measure the drivers set (a footnote on
       A5, a table cell), and a renderer sets it in one piece past the margin. Such a run is given
       break opportunities: at the URL break points when it has a slash (a URL or DOI written as
       text), and, in any piece still that long, between every two characters when $anywhere.
       Shorter runs are returned unchanged. The XHTML driver passes $anywhere false: CSS
       overflow-wrap breaks anywhere only where a line overflows, which no break character can. -->
  <xsl:variable name="f:longest-unbroken-run" as="xs:integer" select="30"/>
  <xsl:variable name="fp:unbreakable-run" as="xs:string" select="'[^\s&#x200B;&#xAD;\p{IsCJKUnifiedIdeographs}'
      || '\p{IsCJKUnifiedIdeographsExtensionA}\p{IsCJKSymbolsandPunctuation}\p{IsHiragana}\p{IsKatakana}'
      || '\p{IsHalfwidthandFullwidthForms}\p{IsHangulSyllables}]{' || $f:longest-unbroken-run || ',}'"/>

  <xsl:function name="f:emergency-breaks" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="break" as="xs:string"/>
    <xsl:param name="anywhere" as="xs:boolean"/>
    <xsl:sequence select="if (string-length($text) lt $f:longest-unbroken-run) then $text else
        string-join(analyze-string($text, $fp:unbreakable-run)/*
          ! (if (self::fn:match) then fp:broken-run(string(.), $break, $anywhere) else string(.)))"/>
  </xsl:function>

  <xsl:function name="fp:broken-run" as="xs:string">
    <xsl:param name="run" as="xs:string"/>
    <xsl:param name="break" as="xs:string"/>
    <xsl:param name="anywhere" as="xs:boolean"/>
    <xsl:variable name="pieces" as="xs:string+"
        select="if (contains($run, '/')) then tokenize(f:breakable-url($run, $break), $break, 'q') else $run"/>
    <xsl:sequence select="string-join($pieces ! f:anywhere-breaks(., $break, $anywhere), $break)"/>
  </xsl:function>

  <!-- $piece with $break between every two characters, when it is too long to be kept whole
       and $anywhere. -->
  <xsl:function name="f:anywhere-breaks" as="xs:string">
    <xsl:param name="piece" as="xs:string"/>
    <xsl:param name="break" as="xs:string"/>
    <xsl:param name="anywhere" as="xs:boolean"/>
    <xsl:sequence select="if ($anywhere and string-length($piece) ge $f:longest-unbroken-run)
        then string-join(for $c in string-to-codepoints($piece) return codepoints-to-string($c), $break)
        else $piece"/>
  </xsl:function>
</xsl:stylesheet>
