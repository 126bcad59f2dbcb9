<?xml version="1.0" encoding="UTF-8"?>
<!-- Language and script of a node: the one place that decides which font and which
     punctuation conventions a piece of text gets. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <!-- The nearest xml:lang in scope, 'und' when none is declared. -->
  <xsl:function name="f:lang" as="xs:string" cache="yes">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string(($node/ancestor-or-self::*[@xml:lang][1]/@xml:lang, 'und')[1])"/>
  </xsl:function>

  <!-- Chinese, Japanese and Korean texts share the CJK typesetting rules. -->
  <xsl:function name="f:is-cjk-lang" as="xs:boolean" cache="yes">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="matches($lang, '^(zh|ja|ko)(-|$)', 'i')"/>
  </xsl:function>

  <!-- Languages written right to left, by primary subtag, and the scripts that are, by their
       ISO 15924 subtag, which decides when a tag names one ("ku-Arab", "yi-Latn"). A project
       adds its own here; nothing else names a language's direction. -->
  <xsl:param name="right-to-left-languages" as="xs:string*"
      select="tokenize('ar arc ckb dv fa he jpr ps sam sd syr ug ur yi')"/>
  <xsl:param name="right-to-left-scripts" as="xs:string*"
      select="tokenize('Adlm Arab Hebr Mand Nkoo Rohg Samr Syrc Thaa')"/>

  <!-- 'rtl' or 'ltr': the base direction of a text in $lang. -->
  <xsl:function name="f:direction" as="xs:string" cache="yes">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="subtags" select="tokenize(lower-case($lang), '-')"/>
    <xsl:variable name="script" select="$subtags[position() gt 1][matches(., '^[a-z]{4}$')][1]"/>
    <xsl:sequence select="if (exists($script))
        then (if ($script = $right-to-left-scripts ! lower-case(.)) then 'rtl' else 'ltr')
        else if ($subtags[1] = $right-to-left-languages) then 'rtl' else 'ltr'"/>
  </xsl:function>

  <xsl:function name="f:in-cjk-context" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:is-cjk-lang(f:lang($node))"/>
  </xsl:function>
</xsl:stylesheet>
