<?xml version="1.0" encoding="UTF-8"?>
<!-- Titles of works: the source has no brackets; the locale of the title's language says which
     ones it wants (《》 in Chinese, none in Western text, which sets some titles in italic). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:l="urn:tei-press:locale"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:import href="lang.xsl"/>
  <xsl:import href="l10n.xsl"/>

  <!-- Opening and closing bracket for a title, or two empty strings. -->
  <xsl:function name="f:title-brackets" as="xs:string+">
    <xsl:param name="title" as="element(tei:title)"/>
    <xsl:variable name="titles" select="f:locale(f:lang($title))/l:titles"/>
    <xsl:sequence select="string($titles/@open), string($titles/@close)"/>
  </xsl:function>
</xsl:stylesheet>
