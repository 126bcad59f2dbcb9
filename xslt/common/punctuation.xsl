<?xml version="1.0" encoding="UTF-8"?>
<!-- Character classes of Chinese typesetting (clreq, mainland horizontal style), shared by the
     normalising pass that marks spacing and compression and by drivers that need the same
     classes (line-start and line-end prohibitions).

     Only marks that occupy a full em with a blank half on ONE side can be compressed
     (clreq 3.1.6 "Punctuation adjustment space"):
       * end-blank marks, glyph on the start side: the pause and stop marks 、，。．；：, which the
         mainland style sets in the start-side corner, and the closing brackets and quotes;
       * start-blank marks, glyph on the end side: the opening brackets and quotes.
     ！ and ？ are left out: the mainland style centres them (clreq issue 259), so they have no
     blank half to give. Middle dot, dashes and ellipsis are centred too and never compressed. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:variable name="f:end-blank-marks" static="yes" as="xs:string" select="'、，。．；：）〕］｝》〉」』”’】〗〙〛'"/>
  <xsl:variable name="f:start-blank-marks" static="yes" as="xs:string" select="'（〔［｛《〈「『“‘【〖〘〚'"/>

  <!-- Han ideographs, the characters a quarter-em space separates from Western runs; CJK
       punctuation is excluded because its blank half already separates. Code point ranges,
       not a regular expression: this test runs for every run edge of the document. -->
  <xsl:function name="f:is-han" as="xs:boolean">
    <xsl:param name="char" as="xs:string"/>
    <xsl:variable name="cp" select="string-to-codepoints(substring($char, 1, 1))"/>
    <xsl:sequence select="exists($cp) and (
           ($cp ge 19968 and $cp le 40959)    (: U+4E00 CJK Unified Ideographs :)
        or ($cp ge 13312 and $cp le 19903)    (: U+3400 Extension A :)
        or ($cp ge 63744 and $cp le 64255)    (: U+F900 Compatibility Ideographs :)
        or ($cp ge 131072 and $cp le 205743)  (: U+20000 to U+323AF, Extensions B to H :)
        or $cp eq 12295)                      (: U+3007 〇, the ideographic zero :)"/>
  </xsl:function>

  <xsl:function name="f:is-end-blank" as="xs:boolean">
    <xsl:param name="char" as="xs:string"/>
    <xsl:sequence select="$char ne '' and contains($f:end-blank-marks, $char)"/>
  </xsl:function>

  <xsl:function name="f:is-start-blank" as="xs:boolean">
    <xsl:param name="char" as="xs:string"/>
    <xsl:sequence select="$char ne '' and contains($f:start-blank-marks, $char)"/>
  </xsl:function>

  <!-- Which half of $char is removed, given its neighbours in the text flow ('' at a boundary):
       'end', 'start' or () for none. Two adjacent compressible marks take 1.5 em, not 2 (clreq
       3.1.6.2), and brackets stay tight against what they enclose:
         closing + closing  (。”  ），  》，  ”。)  the first loses its end half;
         opening + opening  (（《  “《)            the second loses its start half;
         closing + opening  (，“  ）（  。《)      the opening mark loses its start half, as CSS
                                                  text-spacing-trim does, so that PDF and XHTML agree;
         opening + closing  (“”)                 nothing: the blanks are outside the pair.
       Each pair loses exactly one half, also in chains such as ）。” or 》”（. -->
  <xsl:function name="f:squeeze" as="xs:string?">
    <xsl:param name="char" as="xs:string"/>
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <xsl:sequence select="
        if (f:is-end-blank($char) and f:is-end-blank($after)) then 'end'
        else if (f:is-start-blank($char) and (f:is-start-blank($before) or f:is-end-blank($before))) then 'start'
        else ()"/>
  </xsl:function>
</xsl:stylesheet>
