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

  <xsl:function name="f:in-cjk-context" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:is-cjk-lang(f:lang($node))"/>
  </xsl:function>
</xsl:stylesheet>
