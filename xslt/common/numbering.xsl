<?xml version="1.0" encoding="UTF-8"?>
<!-- Numbers and labels as the reader sees them, from the conventions of the language (locale
     files, common/l10n.xsl) and the conventions chosen for the build. The normalising pass
     (normalize/model.xsl) calls these once and stores the result in the tree; the drivers
     only print tp:label and tp:mark. The PDF driver calls f:footnote-mark again for the
     per-page numbers it learns from the layout. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:l="urn:tei-press:locale"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <!-- The heading level of a locale that serves $depth: the deepest one declared applies below. -->
  <xsl:function name="f:heading-level" as="element(l:level)">
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="f:locale($lang)/l:headings/l:level[xs:integer(@depth) le $depth][last()]"/>
  </xsl:function>

  <!-- A generated section label: 一 for a section, （一） below it, 1. below that in Chinese;
       I, 1, a in Western text (the level elements of the locale). -->
  <xsl:function name="f:div-label" as="xs:string">
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="level" select="f:heading-level($depth, $lang)"/>
    <xsl:sequence select="string($level/@before) || format-integer($number, $level/@format) || string($level/@after)"/>
  </xsl:function>

  <!-- What stands between a label and the heading text: Chinese print sets an ideographic
       space after 一 but nothing after （一）, whose bracket already separates. -->
  <xsl:function name="f:div-label-separator" as="xs:string">
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="string(f:heading-level($depth, $lang)/@separator)"/>
  </xsl:function>

  <!-- A footnote number as shown: circled digits ①…㊿ as in Chinese print where numbers restart
       on every page, beyond fifty plain digits; plain digits in every other numbering. Public:
       the PDF output calls it to renumber a finished layout (FootnoteRenumbering). -->
  <xsl:function name="f:footnote-mark" as="xs:string" visibility="public">
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="numbering" as="xs:string"/>
    <xsl:sequence select="if ($numbering eq 'per-page' and $number le 50) then format-integer($number, '①')
                          else string($number)"/>
  </xsl:function>
</xsl:stylesheet>
