<?xml version="1.0" encoding="UTF-8"?>
<!-- Print numbering of sections and notes. The source keeps the printed numbers in @n only
     for reference; what is shown is generated here, the same in every output. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <!-- 一 for a section, （一） for a subsection, 1. below that; Western styles outside CJK. -->
  <xsl:function name="f:div-label" as="xs:string">
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="cjk" as="xs:boolean"/>
    <xsl:sequence select="
        if ($cjk) then
          if ($depth eq 1) then format-integer($number, '一')
          else if ($depth eq 2) then '（' || format-integer($number, '一') || '）'
          else format-integer($number, '1') || '.'
        else
          if ($depth eq 1) then format-integer($number, 'I')
          else if ($depth eq 2) then format-integer($number, '1')
          else format-integer($number, 'a')"/>
  </xsl:function>

  <!-- Circled digits ①…㊿ as in Chinese print; beyond fifty, plain digits. -->
  <xsl:function name="f:note-mark" as="xs:string">
    <xsl:param name="number" as="xs:integer"/>
    <xsl:sequence select="if ($number le 50) then format-integer($number, '①') else string($number)"/>
  </xsl:function>

  <!-- The mark a normalised note shows: its own @n (such as *) or its circled number. -->
  <xsl:function name="f:mark-of" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@n/string(), f:note-mark(xs:integer($note/@tp:number)))[1]"/>
  </xsl:function>
</xsl:stylesheet>
