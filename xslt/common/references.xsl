<?xml version="1.0" encoding="UTF-8"?>
<!-- The reference list (参考文献): the notes are the citations, and every work they cite is
     listed once at the end, each entry pointing back to the notes that cite it. With the
     reference-list convention grouped-by-language (the Chinese default) the works are grouped
     as the document's locale lists its groups (zh: Chinese sources, then Russian, then
     others); with single they form one list; with none there is no list. The model is built
     here once so that the FO and XHTML drivers list the same works in the same groups and
     order; they only render it, a group heading being the locale text of tp:reference/@group
     (empty for the single list). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:l="urn:tei-press:locale"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <xsl:import href="lang.xsl"/>
  <xsl:import href="l10n.xsl"/>

  <!-- The cited works of a NORMALISED document (every note has an xml:id there), one
       tp:reference each:
         <tp:reference xml:id="ref-fn02" lang="ru" group="references-ru" key="…">
           <tp:cited-by note="fn02"/><tp:cited-by note="fn22"/>
           <tei:bibl xml:lang="ru">…the first citation…</tei:bibl>
         </tp:reference>
       The bibl copy carries the language it had in context, and no xml:id of the source, so
       that a page holding both the notes and the list has unique ids. -->
  <xsl:function name="f:reference-list" as="element(tp:reference)*">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:variable name="list" select="string(($tei/tei:TEI/@tp:reference-list, 'grouped-by-language')[1])"/>
    <xsl:variable name="groups" select="f:locale(f:lang($tei/tei:TEI))/l:references/l:group"/>
    <!-- for-each-group keeps the order of first appearance: the order of first citation. -->
    <xsl:variable name="works" as="element(tp:reference)*">
      <xsl:for-each-group select="$tei/tei:TEI/tei:text//tei:note//tei:bibl" group-by="fp:work-key(.)">
        <xsl:variable name="lang" select="f:lang(.)"/>
        <xsl:variable name="primary" select="lower-case(tokenize($lang, '-')[1])"/>
        <tp:reference xml:id="ref-{fp:citing-note(.)/@xml:id}{fp:position-suffix(.)}" lang="{$primary}"
            group="{if ($list eq 'single') then '' else $groups[tokenize(@languages) = ($primary, '*')][1]/@key}"
            key="{current-grouping-key()}">
          <xsl:for-each-group select="current-group()" group-by="fp:citing-note(.)/@xml:id">
            <tp:cited-by note="{current-grouping-key()}"/>
          </xsl:for-each-group>
          <xsl:copy>
            <xsl:apply-templates select="@* except @xml:id" mode="fp:reference-copy"/>
            <xsl:attribute name="xml:lang" select="$lang"/>
            <xsl:apply-templates select="node()" mode="fp:reference-copy"/>
          </xsl:copy>
        </tp:reference>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="if ($list eq 'none') then ()
                          else if ($list eq 'single') then $works
                          else for $key in distinct-values($groups/@key) return $works[@group eq $key]"/>
  </xsl:function>

  <!-- Two citations are of the same work when they have the same address and the same title.
       http and https, a trailing slash, case, spacing and the kind of dash are not
       differences: the report cites one Kremlin page once with "государств - членов" and once
       with "государств – членов". A citation without address or title is keyed on its text. -->
  <xsl:function name="fp:work-key" as="xs:string">
    <xsl:param name="bibl" as="element(tei:bibl)"/>
    <xsl:variable name="address" select="replace(replace(string(($bibl//tei:ptr/@target, $bibl//tei:ref/@target)[1]),
        '^https?://', ''), '/$', '')"/>
    <xsl:variable name="title" select="($bibl//tei:title)[1]"/>
    <xsl:sequence select="fp:comparable(if (exists($title) or $address ne '') then $address || ' ' || string($title)
                                        else string($bibl))"/>
  </xsl:function>

  <xsl:function name="fp:comparable" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="lower-case(normalize-space(replace($text, '[\p{Pd}−]', '-')))"/>
  </xsl:function>

  <xsl:function name="fp:citing-note" as="element(tei:note)">
    <xsl:param name="bibl" as="element(tei:bibl)"/>
    <xsl:variable name="note" select="$bibl/ancestor::tei:note[1]"/>
    <xsl:sequence select="if ($note/@xml:id) then $note
        else error(xs:QName('f:references'), 'A note citing a work has no xml:id: f:reference-list needs the normalised document.')"/>
  </xsl:function>

  <!-- A note that cites several works names each entry: ref-fn05, ref-fn05-2, … -->
  <xsl:function name="fp:position-suffix" as="xs:string">
    <xsl:param name="bibl" as="element(tei:bibl)"/>
    <xsl:variable name="position" select="count(fp:citing-note($bibl)//tei:bibl[. &lt;&lt; $bibl]) + 1"/>
    <xsl:sequence select="if ($position eq 1) then '' else '-' || $position"/>
  </xsl:function>

  <xsl:mode name="fp:reference-copy" on-no-match="shallow-copy"/>

  <xsl:template match="@xml:id" mode="fp:reference-copy"/>

  <!-- Spacing and compression marks at the edges of the bibl were judged against the text of
       the note around it (the full stop after a title, say); the entry stands alone. -->
  <xsl:template match="@tp:open-squeeze | @tp:space-before" mode="fp:reference-copy">
    <xsl:if test="fp:has-content-before(..)"><xsl:copy/></xsl:if>
  </xsl:template>

  <xsl:template match="@tp:close-squeeze | @tp:space-after" mode="fp:reference-copy">
    <xsl:if test="fp:has-content-after(..)"><xsl:copy/></xsl:if>
  </xsl:template>

  <xsl:template match="tp:punct[@squeeze = 'start'][not(fp:has-content-before(.))]
                       | tp:punct[@squeeze = 'end'][not(fp:has-content-after(.))]" mode="fp:reference-copy">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- Whether anything is set before (after) $node inside its citation. -->
  <xsl:function name="fp:has-content-before" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="some $n in $node/ancestor-or-self::node()[ancestor::tei:bibl]
        satisfies exists($n/preceding-sibling::node()[normalize-space() or self::*])"/>
  </xsl:function>

  <xsl:function name="fp:has-content-after" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="some $n in $node/ancestor-or-self::node()[ancestor::tei:bibl]
        satisfies exists($n/following-sibling::node()[normalize-space() or self::*])"/>
  </xsl:function>
</xsl:stylesheet>
