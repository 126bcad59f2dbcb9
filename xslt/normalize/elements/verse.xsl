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
      <xsl:if test="fp:shows-number(.)">
        <xsl:attribute name="number" select="normalize-space(@n)"/>
      </xsl:if>
      <xsl:apply-templates/>
    </tp:block>
  </xsl:template>

  <xsl:function name="fp:shows-number" as="xs:boolean">
    <xsl:param name="l" as="element(tei:l)"/>
    <xsl:variable name="n" select="normalize-space($l/@n)"/>
    <xsl:sequence select="$n ne '' and (
        $line-numbers eq 'all'
        or ($line-numbers eq 'every-5' and $n castable as xs:integer and xs:integer($n) mod 5 eq 0))"/>
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
