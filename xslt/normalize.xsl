<?xml version="1.0" encoding="UTF-8"?>
<!-- The normalising pass, run once before any output driver: it makes the TEI regular so
     that the FO and XHTML drivers read it the same way.
       * every div and note gets a stable xml:id (kept where the source has one);
       * every element gets the attributes of its rule in normalize/model.xsl: labels, note
         marks, quotation marks, emphasis, title brackets, hidden alternatives, and on the
         root the conventions in force (what the reader sees, decided once);
       * text is cut into script runs: inside CJK text, runs of Latin, Cyrillic and digits are
         wrapped in tp:run[@script='latn'], inside other text runs of Han in
         tp:run[@script='hani']; fonts and spacing are chosen from these runs;
       * inside CJK text, spacing between scripts and compression of punctuation are marked
         (see "What the typographic marks promise" below).
       * spaces the locale says must not break a line (Russian initials, "23 сентября") become
         U+00A0, the one change to the text itself; a Chinese number's quarter space before its
         unit is marked tp:bind-after='unit' (see below).
     Everything else is copied unchanged.

     What the typographic marks promise to the drivers (which must honour them):
       * tp:run[@script='latn']/@tp:space-before='quarter' (and tp:space-after): the character
         just before (after) the run in the block's text flow (normalize/text-flow.xsl) is a Han
         ideograph. The driver sets a quarter-em space there (the source has none, "2023年"),
         one that is never visible at a line start or line end: it may be discarded at a line
         break (FO: U+2005 FOUR-PER-EM SPACE, or padding on an fo:inline with conditionality
         discard; XHTML: CSS text-autospace where readers support it, else a class with a
         margin). No mark next to punctuation, a boundary or the edge of the block.
         With tp:bind-after='unit' (a number before a unit of the locale, "2022年") the space
         after the run must not break either.
       * tp:punct[@squeeze='end'|'start']: one full-width punctuation mark (its only content)
         that is set half an em wide by removing the blank half on that side (end: 。”, start:
         （《), the rules in common/punctuation.xsl. A driver that cannot squeeze must still
         output the text.
       * tei:title/@tp:open-squeeze='start' and @tp:close-squeeze='end': the same for the
         brackets 《》 the drivers generate around a Chinese title (f:title-brackets). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
    xmlns:m="urn:tei-press:modes"
    xmlns:l="urn:tei-press:locale"
    exclude-result-prefixes="xs tei f fp fn m l">

  <xsl:import href="common/lang.xsl"/>
  <xsl:import href="common/punctuation.xsl"/>
  <!-- Shared by text-flow and model below, imported once: Saxon warns (SXWN9019) when a module
       comes in twice, and its templates would then stand at two precedences. -->
  <xsl:import href="common/titles.xsl"/>
  <xsl:import href="common/readings.xsl"/>
  <xsl:import href="normalize/text-flow.xsl"/>
  <xsl:import href="normalize/model.xsl"/>
  <xsl:import href="normalize/elements.xsl"/>

  <xsl:template match="/tei:TEI" priority="1">
    <xsl:copy>
      <xsl:namespace name="tp" select="'urn:tei-press:normalized'"/>
      <xsl:apply-templates select="@*"/>
      <xsl:apply-templates select="." mode="m:model"/>
      <xsl:apply-templates select="node()"/>
    </xsl:copy>
  </xsl:template>

  <xsl:mode on-no-match="shallow-copy" use-accumulators="#all"/>

  <!-- Characters set in the Western font inside CJK text: Latin, Cyrillic, Greek, digits and
       the ASCII punctuation between them. CJK punctuation, quotes “” and the middle dot stay
       with the Han font, as Chinese typesetting wants them full width. -->
  <xsl:variable name="fp:western-letters" static="yes" as="xs:string"
      select="'A-Za-z0-9\p{IsLatin-1Supplement}\p{IsLatinExtended-A}\p{IsLatinExtended-B}\p{IsGreek}\p{IsCyrillic}№'"/>
  <!-- The middle dot of Chinese names (U+00B7) is Latin-1 but belongs to the Han font. -->
  <xsl:variable name="fp:western-letter" static="yes" as="xs:string" select="'[' || $fp:western-letters || '-[·]]'"/>
  <xsl:variable name="fp:western-inner" static="yes" as="xs:string" select="'[' || $fp:western-letters || ' !#-/:;&lt;-@\[-`{-~«»–-[·]]'"/>
  <xsl:variable name="fp:western-last" static="yes" as="xs:string" select="'[' || $fp:western-letters || '%)\]-[·]]'"/>
  <xsl:variable name="fp:western-run" static="yes" as="xs:string"
      select="$fp:western-letter || '(' || $fp:western-inner || '*' || $fp:western-last || ')?'"/>
  <xsl:variable name="fp:han-run" static="yes" as="xs:string"
      select="'[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}\p{IsEnclosedAlphanumerics}\p{IsEnclosedCJKLettersandMonths}\p{IsCJKCompatibility}\p{IsCJKUnifiedIdeographsExtensionA}]+'"/>

  <!-- Every TEI element is copied with the attributes of its rule in normalize/model.xsl;
       divs and notes get a stable xml:id (kept where the source has one). -->
  <xsl:template match="tei:*">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:if test="(self::tei:div | self::tei:note) and empty(@xml:id)">
        <xsl:attribute name="xml:id" select="fp:generated-id(.)"/>
      </xsl:if>
      <xsl:apply-templates select="." mode="m:model"/>
      <xsl:call-template name="fp:squeeze-marks"/>
      <xsl:apply-templates select="node()"/>
    </xsl:copy>
  </xsl:template>

  <!-- A block (or the document) whose language is written in the other direction than the
       text around it says so once, as tp:dir: the drivers set its base direction from it, so
       that a Hebrew paragraph in an English book starts at the right and its full stop ends
       it on the left. Phrases need no mark: the Unicode bidirectional algorithm orders them. -->
  <xsl:template match="@xml:lang">
    <xsl:copy/>
    <xsl:variable name="element" select=".."/>
    <xsl:if test="(empty($element/parent::*) or $element/self::tp:block or f:is-block($element))
                  and f:direction(.) ne f:direction(if ($element/parent::*) then f:lang($element/..) else 'und')">
      <xsl:attribute name="tp:dir" select="f:direction(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- A position path, the same on every build of the same source. -->
  <xsl:function name="fp:generated-id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="'tp-' || local-name($element) || '-'
        || string-join(for $a in $element/ancestor-or-self::* return string(count($a/preceding-sibling::*) + 1), '-')"/>
  </xsl:function>

  <!-- Western runs inside CJK text, and runs of compressible punctuation (see f:squeeze). -->
  <xsl:variable name="fp:cjk-segments" static="yes" as="xs:string"
      select="$fp:western-run || '|[' || $f:end-blank-marks || $f:start-blank-marks || ']+'"/>

  <!-- Attribute values (URLs, dates) are data, not text to be set: never cut into runs. -->
  <xsl:template match="text()[normalize-space()][ancestor::tei:TEI]">
    <xsl:choose>
      <xsl:when test="f:in-cjk-context(.)">
        <xsl:call-template name="fp:cjk-text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:analyze-string select="fp:no-break-spaces(., f:locale(f:lang(.))/l:no-break-spaces)" regex="{$fp:han-run}">
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

  <!-- The spaces of $text that must not break a line, by the locale's rules, made U+00A0. -->
  <xsl:function name="fp:no-break-spaces" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="rules" as="element(l:no-break-spaces)?"/>
    <xsl:variable name="after" select="string-join(tokenize($rules/@after) ! fp:regex-quote(.), '|')"/>
    <xsl:variable name="words" select="string-join(tokenize($rules/@before-number-words) ! fp:regex-quote(.), '|')"/>
    <!-- Twice for initials: a match takes the next initial's letter, "С. В. Лаврова". -->
    <xsl:variable name="initials" select="if ($rules/@initials = 'yes')
        then fold-left(1 to 2, $text, function ($t, $i) { replace($t, '(^|[^\p{L}])(\p{Lu}\.)\s+(\p{Lu})', '$1$2&#xA0;$3') })
        else $text"/>
    <xsl:variable name="abbreviations" select="if ($after ne '')
        then replace($initials, '(^|[^\p{L}])(' || $after || ')\s+(\d)', '$1$2&#xA0;$3') else $initials"/>
    <xsl:sequence select="if ($words ne '')
        then replace($abbreviations, '(\d)\s+(' || $words || ')([^\p{L}]|$)', '$1&#xA0;$2$3') else $abbreviations"/>
  </xsl:function>

  <xsl:function name="fp:regex-quote" as="xs:string">
    <xsl:param name="literal" as="xs:string"/>
    <xsl:sequence select="replace($literal, '([.\\?*+{}()\[\]^$|])', '\\$1')"/>
  </xsl:function>

  <!-- Each segment is judged by the characters next to it: inside this text node those of the
       neighbouring segments, at its edges those of the block's flow. -->
  <xsl:template name="fp:cjk-text">
    <xsl:context-item as="text()" use="required"/>
    <xsl:variable name="units" select="string(f:locale(f:lang(.))/l:units/@bound-to-number)"/>
    <xsl:variable name="around" as="xs:string+"
        select="fp:flow-neighbours(fp:flow-block(.))(generate-id(.))"/>
    <xsl:variable name="parts" as="element()*" select="analyze-string(., $fp:cjk-segments)/*"/>
    <xsl:variable name="segments" as="xs:string*" select="$parts ! string()"/>
    <xsl:variable name="count" select="count($segments)"/>
    <xsl:for-each select="$segments">
      <xsl:variable name="i" select="position()"/>
      <xsl:variable name="before" select="if ($i eq 1) then $around[1] else fp:last-char($segments[$i - 1])"/>
      <xsl:variable name="after" select="if ($i eq $count) then $around[2] else substring($segments[$i + 1], 1, 1)"/>
      <xsl:choose>
        <xsl:when test="$parts[$i]/self::fn:non-match">
          <xsl:value-of select="."/>
        </xsl:when>
        <xsl:when test="not(f:is-end-blank(substring(., 1, 1)) or f:is-start-blank(substring(., 1, 1)))">
          <tp:run script="latn">
            <xsl:if test="f:is-han($before)">
              <xsl:attribute name="tp:space-before" select="'quarter'"/>
            </xsl:if>
            <xsl:if test="f:is-han($after)">
              <xsl:attribute name="tp:space-after" select="'quarter'"/>
              <xsl:if test="matches(., '\d$') and $after ne ''
                  and contains($units, $after)">
                <xsl:attribute name="tp:bind-after" select="'unit'"/>
              </xsl:if>
            </xsl:if>
            <xsl:value-of select="."/>
          </tp:run>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="fp:squeezed-marks(., $before, $after)"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A run of compressible marks, each one wrapped in tp:punct when it loses a half. -->
  <xsl:function name="fp:squeezed-marks" as="node()*">
    <xsl:param name="marks" as="xs:string"/>
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <xsl:variable name="chars" select="for $c in string-to-codepoints($marks) return codepoints-to-string($c)"/>
    <xsl:variable name="count" select="count($chars)"/>
    <xsl:for-each select="$chars">
      <xsl:variable name="i" select="position()"/>
      <xsl:variable name="squeeze" select="f:squeeze(.,
          if ($i eq 1) then $before else $chars[$i - 1],
          if ($i eq $count) then $after else $chars[$i + 1])"/>
      <xsl:choose>
        <xsl:when test="exists($squeeze)">
          <tp:punct squeeze="{$squeeze}"><xsl:value-of select="."/></tp:punct>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="."/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- The generated brackets of a Chinese title are compressed like typed ones. -->
  <xsl:template name="fp:squeeze-marks">
    <xsl:if test="self::tei:title[fp:is-inline(.)][f:title-brackets(.)[1] ne '']">
      <xsl:variable name="neighbours" select="fp:flow-neighbours(fp:flow-block(.))"/>
      <xsl:variable name="brackets" select="f:title-brackets(.)"/>
      <xsl:variable name="open" select="$neighbours(generate-id(.) || 'open')"/>
      <xsl:variable name="close" select="$neighbours(generate-id(.) || 'close')"/>
      <xsl:if test="f:squeeze($brackets[1], $open[1], $open[2]) = 'start'">
        <xsl:attribute name="tp:open-squeeze" select="'start'"/>
      </xsl:if>
      <xsl:if test="f:squeeze($brackets[2], $close[1], $close[2]) = 'end'">
        <xsl:attribute name="tp:close-squeeze" select="'end'"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
