<?xml version="1.0" encoding="UTF-8"?>
<!-- What the reader sees, decided once for every output. The normalising pass copies each TEI
     element and adds the attributes its rule in mode m:model returns; the FO and XHTML drivers
     only map those attributes to their vocabulary and never decide again.

       TEI root   tp:locale (the locale file that serves the document's language) and the
                  conventions in force: tp:note-numbering, tp:heading-numbering,
                  tp:reference-list (stylesheet parameters of the same names, defaulted from
                  the locale);
       div        tp:depth, tp:number (position among sibling divs), and tp:label with
                  tp:label-separator when the heading shows a number;
       note       tp:place (foot or end: a note without @place, or with any other place, is a
                  footnote), tp:number for notes counted in their sequence, tp:mark as shown,
                  tp:among-blocks="true" for a note that stands between blocks, not in a line
                  of text (its mark is then set on a line of its own);
       q, quote (inline), mentioned   tp:open and tp:close, the quotation marks of the
                  surrounding text's language, the inner pair inside another quotation;
       emph, hi   tp:rend: italic, bold, sup, sub, underline or plain;
       title      tp:open and tp:close (generated brackets), tp:rend (italic or plain);
       choice     tp:hidden="true" on the alternatives that are not shown;
       item       tp:label-kind (label, n, number, bullet or none) and tp:label, the text set
                  before the item (none for label: the source's label element is drawn).

     A new element rule is one template in mode m:model here (attributes only), plus at most a
     template per driver that maps the attributes. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:l="urn:tei-press:locale"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:m="urn:tei-press:modes"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/lang.xsl"/>
  <xsl:import href="../common/l10n.xsl"/>
  <xsl:import href="../common/numbering.xsl"/>

  <!-- The conventions; empty means the default of the document's locale. -->
  <!-- per-page (circled numbers restarting on every page of the PDF) | continuous | per-chapter -->
  <xsl:param name="note-numbering" as="xs:string" select="''"/>
  <!-- from-n (the number in the source's @n, none without it) | generated (every div) | none -->
  <xsl:param name="heading-numbering" as="xs:string" select="''"/>
  <!-- grouped-by-language (the groups of the locale) | single (one list) | none -->
  <xsl:param name="reference-list" as="xs:string" select="''"/>

  <!-- The values each convention allows: xslt/conventions.xml, which the command line reads too. -->
  <xsl:function name="f:allowed-values" as="xs:string+">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="tokenize(doc(resolve-uri('../conventions.xml', static-base-uri()))
        /*/*[@name = $name]/@values)"/>
  </xsl:function>

  <xsl:function name="fp:checked-convention" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="chosen" as="xs:string"/>
    <xsl:param name="default" as="xs:string"/>
    <xsl:variable name="allowed" select="f:allowed-values($name)"/>
    <xsl:variable name="value" select="if ($chosen eq '') then $default else $chosen"/>
    <xsl:sequence select="if ($value = $allowed) then $value
        else error(xs:QName('f:convention'), 'The parameter ' || $name || ' is ''' || $value
                   || '''; expected one of: ' || string-join($allowed, ', '))"/>
  </xsl:function>

  <!-- The conventions of a document, by name. Functions, not global variables: the pass may
       run without a global context item. -->
  <xsl:function name="fp:conventions" as="map(xs:string, xs:string)" cache="yes">
    <xsl:param name="document" as="document-node()"/>
    <xsl:variable name="locale" select="f:locale(f:lang($document/*))"/>
    <xsl:sequence select="map {
        'locale': string($locale/@lang),
        'note-numbering': fp:checked-convention('note-numbering', $note-numbering,
            $locale/l:notes/@numbering),
        'heading-numbering': fp:checked-convention('heading-numbering', $heading-numbering,
            $locale/l:headings/@numbering),
        'reference-list': fp:checked-convention('reference-list', $reference-list,
            $locale/l:references/@list) }"/>
  </xsl:function>

  <!-- The convention $name in force for the document of $node. -->
  <xsl:function name="fp:convention" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="fp:conventions(root($node))($name)"/>
  </xsl:function>

  <xsl:mode name="m:model" on-no-match="deep-skip"/>

  <xsl:template match="tei:TEI" mode="m:model">
    <xsl:for-each select="f:locale-notices(.)">
      <xsl:message select="."/>
    </xsl:for-each>
    <xsl:variable name="conventions" select="fp:conventions(root(.))"/>
    <xsl:for-each select="'locale', 'note-numbering', 'heading-numbering', 'reference-list'">
      <xsl:attribute name="tp:{.}" select="$conventions(current())"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:div" mode="m:model">
    <xsl:variable name="depth" select="count(ancestor-or-self::tei:div)"/>
    <xsl:variable name="number" select="count(preceding-sibling::tei:div) + 1"/>
    <xsl:attribute name="tp:depth" select="$depth"/>
    <xsl:attribute name="tp:number" select="$number"/>
    <xsl:variable name="label" as="xs:string?" select="
        if (fp:convention(., 'heading-numbering') eq 'from-n') then @n/string()
        else if (fp:convention(., 'heading-numbering') eq 'generated') then f:div-label($number, $depth, f:lang(.))
        else ()"/>
    <xsl:if test="exists($label) and tei:head">
      <xsl:attribute name="tp:label" select="$label"/>
      <xsl:attribute name="tp:label-separator" select="f:div-label-separator($depth, f:lang(.))"/>
    </xsl:if>
  </xsl:template>

  <!-- What stands before each list item: the source's label element (drawn as it is), the
       source's @n, the item's number in an ordered list (in the list's tp:format), or the
       locale's bullet. A bullet is decoration, not text: the outputs draw it and the reader
       text leaves it out; every other label is text the reader must find. -->
  <xsl:template match="tei:list[ancestor::tei:text]/tei:item" mode="m:model">
    <xsl:variable name="list" select="parent::tei:list"/>
    <xsl:variable name="kind" select="
        if (preceding-sibling::tei:*[1][self::tei:label]) then 'label'
        else if (normalize-space(@n) ne '') then 'n'
        else if ($list/@type = 'ordered') then 'number'
        else if ($list/@type = ('gloss', 'simple', 'inline', 'runin')) then 'none'
        else 'bullet'"/>
    <xsl:attribute name="tp:label-kind" select="$kind"/>
    <xsl:choose>
      <xsl:when test="$kind eq 'n'">
        <xsl:attribute name="tp:label" select="normalize-space(@n)
            || (if ($list/@type = 'ordered' and matches(normalize-space(@n), '[\p{L}\p{N}]$'))
                then f:element-string('list-number-suffix', .) else '')"/>
      </xsl:when>
      <xsl:when test="$kind eq 'number'">
        <xsl:attribute name="tp:label" select="format-integer(count(preceding-sibling::tei:item) + 1,
            ($list/@tp:format, '1')[1]) || f:element-string('list-number-suffix', .)"/>
      </xsl:when>
      <xsl:when test="$kind eq 'bullet'">
        <xsl:attribute name="tp:label" select="f:element-string('list-bullet', .)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Footnotes and endnotes are counted apart; a note with its own @n (the author's "*") is
       not counted and shows its @n. Accumulators keep this linear in the number of notes. -->
  <xsl:function name="fp:is-endnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@place = 'end'"/>
  </xsl:function>

  <xsl:accumulator name="fp:footnote-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text/*/tei:div" select="if (fp:convention(., 'note-numbering') eq 'per-chapter') then 0 else $value"/>
    <xsl:accumulator-rule match="tei:text//tei:note[not(@place = 'end')][not(@n)]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:accumulator name="fp:endnote-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:note[@place = 'end'][not(@n)]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:template match="tei:note" mode="m:model">
    <xsl:attribute name="tp:place" select="if (fp:is-endnote(.)) then 'end' else 'foot'"/>
    <!-- Neither a footnote nor a bare mark may stand where only blocks may (an FO flow, a
         section): the outputs give such a mark a block of its own. -->
    <xsl:if test="empty(../text()[normalize-space()]) and exists(../*[f:is-block(.)])">
      <xsl:attribute name="tp:among-blocks" select="'true'"/>
    </xsl:if>
    <xsl:if test="ancestor::tei:text">
      <xsl:choose>
        <xsl:when test="@n">
          <xsl:attribute name="tp:mark" select="@n"/>
        </xsl:when>
        <xsl:when test="fp:is-endnote(.)">
          <xsl:attribute name="tp:number" select="accumulator-after('fp:endnote-count')"/>
          <xsl:attribute name="tp:mark" select="accumulator-after('fp:endnote-count')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="number" select="accumulator-after('fp:footnote-count')"/>
          <xsl:attribute name="tp:number" select="$number"/>
          <xsl:attribute name="tp:mark" select="f:footnote-mark($number, fp:convention(., 'note-numbering'))"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- Quotation marks belong to the text around the quotation: a Russian quotation in Chinese
       text takes the Chinese marks. A quotation inside another takes the inner pair. -->
  <xsl:template match="tei:q | tei:quote[not(tei:p)] | tei:mentioned" mode="m:model">
    <xsl:variable name="quotes" select="f:locale(f:lang(..))/l:quotes"/>
    <xsl:variable name="inner" select="exists(ancestor::*[f:is-quotation(.)])"/>
    <xsl:attribute name="tp:open" select="if ($inner) then $quotes/@inner-open else $quotes/@open"/>
    <xsl:attribute name="tp:close" select="if ($inner) then $quotes/@inner-close else $quotes/@close"/>
  </xsl:template>

  <xsl:function name="f:is-quotation" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/(self::tei:q | self::tei:quote[not(tei:p)] | self::tei:mentioned))"/>
  </xsl:function>

  <!-- Emphasis as the language sets it (Chinese type does not slant: bold there, also for an
       italic hi); a hi without @rend is emphasis. -->
  <xsl:template match="tei:emph | tei:hi" mode="m:model">
    <xsl:variable name="rend" select="string(@rend)"/>
    <xsl:attribute name="tp:rend" select="
        if (self::tei:emph or $rend = ('', 'italic', 'i', 'emphasis')) then
          string(f:locale(f:lang(.))/l:emphasis/@rend)
        else if ($rend = ('bold', 'b', 'strong')) then 'bold'
        else if ($rend = ('sup', 'superscript')) then 'sup'
        else if ($rend = ('sub', 'subscript')) then 'sub'
        else if ($rend = 'underline') then 'underline'
        else 'plain'"/>
  </xsl:template>

  <xsl:template match="tei:title" mode="m:model">
    <xsl:variable name="brackets" select="f:title-brackets(.)"/>
    <xsl:if test="$brackets[1] ne ''">
      <xsl:attribute name="tp:open" select="$brackets[1]"/>
      <xsl:attribute name="tp:close" select="$brackets[2]"/>
    </xsl:if>
    <xsl:attribute name="tp:rend" select="if (@level = tokenize(f:locale(f:lang(.))/l:titles/@italic-levels)) then 'italic' else 'plain'"/>
  </xsl:template>

  <!-- The corrected, regularised or expanded reading is shown; the source keeps both. -->
  <xsl:template match="tei:choice/*" mode="m:model">
    <xsl:if test="f:is-hidden-reading(.)">
      <xsl:attribute name="tp:hidden" select="'true'"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
