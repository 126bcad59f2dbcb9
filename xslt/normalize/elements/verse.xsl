<?xml version="1.0" encoding="UTF-8"?>
<!-- Verse: a line group is a stanza (spaced from the next), a group of groups a poem or canto;
     each l is a verse line, numbered in the margin from its @n as the parameter line-numbers
     says. Headings of line groups are headings of their own. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <xsl:template match="tei:lg[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="if (tei:lg) then 'verse-group' else 'stanza'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:l[ancestor::tei:text]">
    <tp:block role="verse-line">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:if test="@part = ('M', 'F')">
        <xsl:attribute name="part" select="@part"/>
      </xsl:if>
      <xsl:variable name="indent" select="fp:line-indent(.)"/>
      <xsl:if test="exists($indent)">
        <xsl:attribute name="indent" select="$indent"/>
      </xsl:if>
      <xsl:if test="fp:shows-number(.)">
        <xsl:attribute name="number" select="normalize-space(@n)"/>
      </xsl:if>
      <xsl:apply-templates/>
    </tp:block>
  </xsl:template>

  <!-- How far a verse line is indented, as a CSS length: rend "indent" or "align(indent)" (one
       step, as Perseus marks the shorter lines of elegiacs and lyric), "indent(N)" N steps, and
       a text-indent or margin-left in @style or a tagsDecl rendition. -->
  <xsl:variable name="fp:indent-step" as="xs:double" select="2"/>

  <xsl:function name="fp:line-indent" as="xs:string?">
    <xsl:param name="l" as="element(tei:l)"/>
    <xsl:variable name="rend" select="tokenize(lower-case(normalize-space($l/@rend)))"/>
    <xsl:variable name="css" select="string-join((string($l/@style),
        for $r in tokenize($l/@rendition) return fp:rendition-css($r, $l)), ';')"/>
    <xsl:variable name="steps" select="
        if ($rend = ('indent', 'align(indent)', 'indented')) then 1
        else if (some $r in $rend satisfies matches($r, '^indent\(\d+(\.\d+)?\)$'))
          then xs:double(replace($rend[matches(., '^indent\(\d+(\.\d+)?\)$')][1], '[^\d.]', ''))
        else ()"/>
    <xsl:variable name="length" select="
        for $declaration in tokenize($css, ';')[matches(., '^\s*(text-indent|margin-left|padding-left)\s*:')]
        return normalize-space(substring-after($declaration, ':'))"/>
    <xsl:sequence select="
        if (exists($steps) and $steps gt 0) then ($steps * $fp:indent-step) || 'em'
        else $length[matches(., '^[0-9]+(\.[0-9]+)?(em|pt|mm|cm|in|px)$')][1]"/>
  </xsl:function>

  <xsl:function name="fp:shows-number" as="xs:boolean">
    <xsl:param name="l" as="element(tei:l)"/>
    <xsl:sequence select="fp:shows-line-number(string($l/@n))"/>
  </xsl:function>

  <!-- Whether a line numbered $n (an l's or lb's @n) shows its number, as line-numbers says. -->
  <xsl:function name="fp:shows-line-number" as="xs:boolean">
    <xsl:param name="number" as="xs:string"/>
    <xsl:variable name="n" select="normalize-space($number)"/>
    <xsl:sequence select="$n ne '' and (
        $line-numbers eq 'all'
        or ($line-numbers eq 'every-5' and $n castable as xs:integer and xs:integer($n) mod 5 eq 0
            and xs:integer($n) gt 0))"/>
  </xsl:function>

  <!-- A heading outside a division, list or bibliography (of a line group, cast list, speech…). -->
  <xsl:template match="tei:head[ancestor::tei:text][not(parent::tei:list | parent::tei:listBibl)]
                       [not(parent::tei:*[matches(local-name(), '^div[1-7]?$')])]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="'heading'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
