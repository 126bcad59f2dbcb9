<?xml version="1.0" encoding="UTF-8"?>
<!-- The text flow of a block: what a reader sees in one run of lines, in order, so that the
     normalising pass can ask which character stands just before or after a piece of text.

     A block (p, head, note, item, …: every element that is not inline) has its own flow. Inline
     elements (title, hi, choice/corr, …) are transparent: their text continues the flow. The
     hidden alternatives of a choice (common/readings.xsl) are left out of the flow around them
     and have a flow of their own. A nested block, a note mark, ptr (a URL the drivers
     print), lb, and the quotation marks drivers generate around q, quote and mentioned are
     boundaries: nothing is adjacent across them. The brackets 《》 that f:title-brackets adds
     to Chinese titles are part of the flow, as characters the source does not contain.

     Each block's flow is computed once (cached function) from its own descendants, so the whole
     pass stays linear in the size of the document. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <xsl:variable name="fp:inline-names" as="xs:string+" select="
      'title', 'hi', 'emph', 'foreign', 'mentioned', 'term', 'gi', 'q', 'quote', 'choice', 'corr',
      'reg', 'ref', 'pubPlace', 'publisher', 'author', 'editor', 'date', 'idno', 'bibl',
      'persName', 'orgName', 'roleName', 'name', 'num', 'abbr', 'expan'"/>

  <xsl:function name="fp:is-inline" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element/self::tei:*/local-name() = $fp:inline-names
        and empty($element/self::tei:bibl/parent::tei:listBibl)
        and empty($element/self::tei:quote[tei:p])"/>
  </xsl:function>

  <!-- The block whose flow $node belongs to. -->
  <xsl:function name="fp:flow-block" as="element()">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor::*[not(fp:is-inline(.))][1]"/>
  </xsl:function>

  <!-- The characters just before and just after a piece of $block's flow, '' at a boundary or
       at the edge of the block. Pieces are text nodes, keyed by generate-id(), and the generated
       brackets of a title, keyed by generate-id() of the title followed by 'open' or 'close'. -->
  <xsl:function name="fp:flow-neighbours" as="map(xs:string, xs:string+)" cache="yes">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="pieces" as="map(xs:string, xs:string)*">
      <xsl:apply-templates select="$block/node()" mode="fp:flow"/>
    </xsl:variable>
    <xsl:variable name="count" select="count($pieces)"/>
    <xsl:sequence select="map:merge(
        for $i in 1 to $count
        return if ($pieces[$i]?key eq '') then () else
          map:entry($pieces[$i]?key, (
            if ($i eq 1) then '' else fp:last-char($pieces[$i - 1]?text),
            if ($i eq $count) then '' else substring($pieces[$i + 1]?text, 1, 1))))"/>
  </xsl:function>

  <xsl:function name="fp:last-char" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="substring($text, string-length($text))"/>
  </xsl:function>

  <xsl:function name="fp:piece" as="map(xs:string, xs:string)">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="map { 'key': $key, 'text': $text }"/>
  </xsl:function>

  <xsl:variable name="fp:boundary" as="map(xs:string, xs:string)" select="fp:piece('', '')"/>

  <xsl:mode name="fp:flow" on-no-match="deep-skip"/>

  <xsl:template match="text()" mode="fp:flow">
    <xsl:sequence select="fp:piece(generate-id(.), string(.))"/>
  </xsl:template>

  <xsl:template match="*" mode="fp:flow">
    <xsl:sequence select="$fp:boundary"/>
  </xsl:template>

  <xsl:template match="*[fp:is-inline(.)]" mode="fp:flow" priority="1">
    <xsl:apply-templates mode="fp:flow"/>
  </xsl:template>

  <xsl:template match="tei:q[fp:is-inline(.)] | tei:quote[fp:is-inline(.)] | tei:mentioned" mode="fp:flow" priority="2">
    <xsl:sequence select="$fp:boundary"/>
    <xsl:apply-templates mode="fp:flow"/>
    <xsl:sequence select="$fp:boundary"/>
  </xsl:template>

  <xsl:template match="tei:title[fp:is-inline(.)]" mode="fp:flow" priority="2">
    <xsl:variable name="brackets" select="f:title-brackets(.)"/>
    <xsl:if test="$brackets[1] ne ''">
      <xsl:sequence select="fp:piece(generate-id(.) || 'open', $brackets[1])"/>
    </xsl:if>
    <xsl:apply-templates mode="fp:flow"/>
    <xsl:if test="$brackets[2] ne ''">
      <xsl:sequence select="fp:piece(generate-id(.) || 'close', $brackets[2])"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:choice/*[f:is-hidden-reading(.)]" mode="fp:flow" priority="3"/>
</xsl:stylesheet>
