<?xml version="1.0" encoding="UTF-8"?>
<!-- Base direction: a block the normalising pass marks tp:dir (its language is written the
     other way than the text around it) is set in a block container of that writing mode. FOP
     takes a paragraph's base direction from its reference area alone, so without one a Hebrew
     paragraph in an English book would start at the left, its closing full stop on the right. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <!-- Only what is drawn as blocks goes into the container: an element the normalising pass
       counts as a block may still be set as a phrase here (a placeName of a place entry,
       fo:inline), which a block container may not hold; a phrase's direction is the
       bidirectional algorithm's, as in running text. -->
  <xsl:template match="*[@tp:dir][parent::*]" priority="20">
    <xsl:variable name="rendered" as="node()*">
      <xsl:next-match/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="exists($rendered) and (every $node in $rendered satisfies
          $node/(self::fo:block | self::fo:block-container | self::fo:list-block | self::fo:table
                 | self::fo:table-and-caption))">
        <fo:block-container writing-mode="{f:writing-mode(@tp:dir)}">
          <xsl:sequence select="$rendered"/>
        </fo:block-container>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$rendered"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="f:writing-mode" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xsl:param name="direction" as="xs:string"/>
    <xsl:sequence select="if ($direction eq 'rtl') then 'rl-tb' else 'lr-tb'"/>
  </xsl:function>
</xsl:stylesheet>
