<?xml version="1.0" encoding="UTF-8"?>
<!-- Text as a plain string, for places that cannot hold markup: bookmarks, navigation labels,
     document metadata. It reads like the typeset text (corrections applied, titles in their
     brackets) but leaves notes out. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:m="urn:tei-press:modes"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:plain-text" on-no-match="text-only-copy"/>

  <xsl:template match="tei:note | *[@tp:hidden = 'true']" mode="m:plain-text"/>

  <xsl:template match="tei:lb" mode="m:plain-text">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:title" mode="m:plain-text">
    <xsl:value-of select="@tp:open"/>
    <xsl:apply-templates mode="m:plain-text"/>
    <xsl:value-of select="@tp:close"/>
  </xsl:template>

  <!-- The plain text of $nodes, spaces normalised. -->
  <xsl:function name="f:plain-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="text()*">
      <xsl:apply-templates select="$nodes" mode="m:plain-text"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>

  <!-- A division's heading with its label, as the outline, running heads and contents show it. -->
  <xsl:function name="f:div-heading-text" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="string($div/@tp:label) || string($div/@tp:label-separator) || f:plain-text($div/tei:head[1])"/>
  </xsl:function>
</xsl:stylesheet>
