<?xml version="1.0" encoding="UTF-8"?>
<!-- Colours the source asks for (rendition, @style, rend="color(red)") in the EPUB: kept, but a
     text colour too pale to read on the page is darkened, keeping its hue, until it contrasts
     4.5:1 with white (WCAG 2 AA, 1.4.3). Red (#ff0000, 4.0:1) becomes #ed0000 (4.56:1). The gate checks
     the result (check/DocumentAccessibility, rule color-contrast). A colour this module cannot
     read (a name outside the basic ones, a function other than rgb()) is left as written. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <xsl:variable name="fp:named-colours" as="map(xs:string, xs:string)" select="map {
      'black': '000000', 'silver': 'c0c0c0', 'gray': '808080', 'grey': '808080', 'white': 'ffffff',
      'maroon': '800000', 'red': 'ff0000', 'purple': '800080', 'fuchsia': 'ff00ff', 'magenta': 'ff00ff',
      'green': '008000', 'lime': '00ff00', 'olive': '808000', 'yellow': 'ffff00', 'navy': '000080',
      'blue': '0000ff', 'teal': '008080', 'aqua': '00ffff', 'cyan': '00ffff', 'orange': 'ffa500' }"/>

  <!-- $css with each text colour readable on white. -->
  <xsl:function name="fp:readable-css" as="xs:string">
    <xsl:param name="css" as="xs:string"/>
    <xsl:sequence select="string-join(
        for $declaration in tokenize($css, ';')[normalize-space()]
        return if (matches($declaration, '^\s*color\s*:', 'i'))
               then 'color: ' || fp:readable-colour(normalize-space(substring-after($declaration, ':')))
               else normalize-space($declaration), '; ')"/>
  </xsl:function>

  <xsl:function name="fp:readable-colour" as="xs:string">
    <xsl:param name="colour" as="xs:string"/>
    <xsl:variable name="rgb" select="fp:rgb(lower-case($colour))"/>
    <xsl:sequence select="if (empty($rgb) or fp:contrast-on-white($rgb) ge 4.5) then $colour
        else fp:hex((for $step in 1 to 100
                     return (let $darker := $rgb ! floor(. * (1 - $step div 100))
                             return $darker[fp:contrast-on-white($darker) ge 4.5]))[position() le 3])"/>
  </xsl:function>

  <!-- Red, green and blue (0–255) of a hex, rgb() or basic named colour; empty otherwise. -->
  <xsl:function name="fp:rgb" as="xs:integer*">
    <xsl:param name="colour" as="xs:string"/>
    <xsl:variable name="hex" select="if (map:contains($fp:named-colours, $colour)) then $fp:named-colours($colour)
        else if (matches($colour, '^#[0-9a-f]{6}$')) then substring($colour, 2)
        else if (matches($colour, '^#[0-9a-f]{3}$')) then replace(substring($colour, 2), '(.)', '$1$1')
        else ()"/>
    <xsl:sequence select="if (exists($hex)) then (0, 2, 4) ! fp:hex-byte(substring($hex, . + 1, 2))
        else if (matches($colour, '^rgb\(\s*\d+\s*[, ]\s*\d+\s*[, ]\s*\d+\s*\)$'))
        then tokenize(replace($colour, '[^0-9]+', ' '))[normalize-space()] ! xs:integer(.)
        else ()"/>
  </xsl:function>

  <xsl:function name="fp:hex-byte" as="xs:integer">
    <xsl:param name="digits" as="xs:string"/>
    <xsl:sequence select="string-length(substring-before('0123456789abcdef', substring($digits, 1, 1))) * 16
                          + string-length(substring-before('0123456789abcdef', substring($digits, 2, 1)))"/>
  </xsl:function>

  <xsl:function name="fp:hex" as="xs:string">
    <xsl:param name="rgb" as="xs:numeric*"/>
    <xsl:sequence select="'#' || string-join($rgb ! (for $n in xs:integer(.) return
        substring('0123456789abcdef', $n idiv 16 + 1, 1) || substring('0123456789abcdef', $n mod 16 + 1, 1)))"/>
  </xsl:function>

  <!-- WCAG 2 contrast ratio against white. -->
  <xsl:function name="fp:contrast-on-white" as="xs:double">
    <xsl:param name="rgb" as="xs:numeric*"/>
    <xsl:variable name="linear" select="$rgb ! (for $c in . div 255 return
        if ($c le 0.04045) then $c div 12.92 else math:pow(($c + 0.055) div 1.055, 2.4))"/>
    <xsl:variable name="luminance" select="0.2126 * $linear[1] + 0.7152 * $linear[2] + 0.0722 * $linear[3]"/>
    <xsl:sequence select="1.05 div ($luminance + 0.05)"/>
  </xsl:function>
</xsl:stylesheet>
