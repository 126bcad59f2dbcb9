<?xml version="1.0" encoding="UTF-8"?>
<!-- The normalising pass, run once before any output driver: it makes the TEI regular so
     that the FO and XHTML drivers read it the same way.
       * every div and note gets a stable xml:id (kept where the source has one);
       * tp:depth on divs, tp:number on divs (position among sibling divs) and on numbered
         footnotes (document order, the author note with its own @n is not counted);
       * text is cut into script runs: inside CJK text, runs of Latin, Cyrillic and digits are
         wrapped in tp:run[@script='latn'], inside other text runs of Han in
         tp:run[@script='hani']; fonts and spacing are chosen from these runs.
     Everything else is copied unchanged. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="xs tei f fp">

  <xsl:template match="/tei:TEI">
    <xsl:copy>
      <xsl:namespace name="tp" select="'urn:tei-press:normalized'"/>
      <xsl:apply-templates select="@*, node()"/>
    </xsl:copy>
  </xsl:template>

  <xsl:import href="common/lang.xsl"/>

  <xsl:mode on-no-match="shallow-copy" use-accumulators="#all"/>

  <!-- Counting with an accumulator keeps numbering linear in the number of notes. -->
  <xsl:accumulator name="fp:footnote-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:note[@place = 'foot'][not(@n)]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- Characters set in the Western font inside CJK text: Latin, Cyrillic, Greek, digits and
       the ASCII punctuation between them. CJK punctuation, quotes “” and the middle dot stay
       with the Han font, as Chinese typesetting wants them full width. -->
  <!-- Static, so the regular expressions are compiled once with the stylesheet, not once per
       text node (compiling them cost more than the rest of the normalisation). -->
  <xsl:variable name="fp:western-letters" as="xs:string" static="yes"
      select="'A-Za-z0-9\p{IsLatin-1Supplement}\p{IsLatinExtended-A}\p{IsLatinExtended-B}\p{IsGreek}\p{IsCyrillic}№'"/>
  <!-- The middle dot of Chinese names (U+00B7) is Latin-1 but belongs to the Han font. -->
  <xsl:variable name="fp:western-letter" as="xs:string" static="yes" select="'[' || $fp:western-letters || '-[·]]'"/>
  <xsl:variable name="fp:western-inner" as="xs:string" static="yes" select="'[' || $fp:western-letters || ' !#-/:;&lt;-@\[-`{-~«»–-[·]]'"/>
  <xsl:variable name="fp:western-last" as="xs:string" static="yes" select="'[' || $fp:western-letters || '%)\]-[·]]'"/>
  <xsl:variable name="fp:western-run" as="xs:string" static="yes"
      select="$fp:western-letter || '(' || $fp:western-inner || '*' || $fp:western-last || ')?'"/>
  <xsl:variable name="fp:han-run" as="xs:string" static="yes"
      select="'[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}\p{IsEnclosedAlphanumerics}\p{IsEnclosedCJKLettersandMonths}\p{IsCJKCompatibility}\p{IsCJKUnifiedIdeographsExtensionA}]+'"/>

  <!-- A shadow attribute's value is read again as an attribute value template: braces doubled. -->
  <xsl:variable name="fp:western-run-avt" as="xs:string" static="yes"
      select="replace($fp:western-run, '([{}])', '$1$1')"/>
  <xsl:variable name="fp:han-run-avt" as="xs:string" static="yes" select="replace($fp:han-run, '([{}])', '$1$1')"/>

  <xsl:template match="tei:div | tei:note" priority="2">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:if test="empty(@xml:id)">
        <xsl:attribute name="xml:id" select="fp:generated-id(.)"/>
      </xsl:if>
      <xsl:if test="self::tei:div">
        <xsl:attribute name="tp:depth" select="count(ancestor-or-self::tei:div)"/>
        <xsl:attribute name="tp:number" select="count(preceding-sibling::tei:div) + 1"/>
      </xsl:if>
      <xsl:if test="self::tei:note[@place = 'foot'][not(@n)][ancestor::tei:text]">
        <xsl:attribute name="tp:number" select="accumulator-after('fp:footnote-count')"/>
      </xsl:if>
      <xsl:apply-templates select="node()"/>
    </xsl:copy>
  </xsl:template>

  <!-- A position path, the same on every build of the same source. -->
  <xsl:function name="fp:generated-id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="'tp-' || local-name($element) || '-'
        || string-join(for $a in $element/ancestor-or-self::* return string(count($a/preceding-sibling::*) + 1), '-')"/>
  </xsl:function>

  <!-- Attribute values (URLs, dates) are data, not text to be set: never cut into runs. -->
  <xsl:template match="text()[normalize-space()][ancestor::tei:TEI]">
    <xsl:variable name="cjk" select="f:in-cjk-context(.)"/>
    <xsl:choose>
      <xsl:when test="$cjk">
        <xsl:analyze-string select="." _regex="{$fp:western-run-avt}">
          <xsl:matching-substring>
            <tp:run script="latn"><xsl:value-of select="."/></tp:run>
          </xsl:matching-substring>
          <xsl:non-matching-substring>
            <xsl:value-of select="."/>
          </xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:when>
      <xsl:otherwise>
        <xsl:analyze-string select="." _regex="{$fp:han-run-avt}">
          <xsl:matching-substring>
            <tp:run script="hani"><xsl:value-of select="."/></tp:run>
          </xsl:matching-substring>
          <xsl:non-matching-substring>
            <xsl:value-of select="."/>
          </xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
