<?xml version="1.0" encoding="UTF-8"?>
<!-- The golden tests' view of a normalised document: everything the reader sees that the
     source does not contain (labels, note marks, quotation marks, brackets, emphasis, the
     reference list and the generated words of the document's locale), one fact a line. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:import href="../../../../xslt/common/lang.xsl"/>
  <xsl:import href="../../../../xslt/common/l10n.xsl"/>
  <xsl:import href="../../../../xslt/common/titles.xsl"/>
  <xsl:import href="../../../../xslt/common/plain-text.xsl"/>
  <xsl:import href="../../../../xslt/common/references.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/tei:TEI">
    <xsl:variable name="lang" select="f:lang(.)"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:sequence select="'locale: ' || @tp:locale,
          'note-numbering: ' || @tp:note-numbering,
          'heading-numbering: ' || @tp:heading-numbering,
          'reference-list: ' || @tp:reference-list"/>
      <xsl:sequence select="f:locale-notices(.) ! ('notice: ' || .)"/>
      <xsl:for-each select="('toc', 'notes', 'references', 'back-to-text', 'page-note', 'abstract', 'keywords')">
        <xsl:sequence select="'text ' || . || ': ' || f:gentext(., $lang)"/>
      </xsl:for-each>
      <xsl:for-each select="tei:text//tei:div">
        <xsl:sequence select="'heading ' || @xml:id || ' (depth ' || @tp:depth || '): ' || f:div-heading-text(.)"/>
      </xsl:for-each>
      <xsl:for-each select="tei:text//tei:note">
        <xsl:sequence select="'note ' || @xml:id || ' (' || @tp:place || '): ' || @tp:mark"/>
      </xsl:for-each>
      <xsl:for-each select="tei:text//*[@tp:open][not(self::tei:title)]">
        <xsl:sequence select="local-name() || ': ' || f:plain-text(.)"/>
      </xsl:for-each>
      <xsl:for-each select="tei:text//tei:title">
        <xsl:sequence select="'title (' || @tp:rend || '): ' || f:plain-text(.)"/>
      </xsl:for-each>
      <xsl:for-each select="tei:text//(tei:emph | tei:hi)">
        <xsl:sequence select="local-name() || ' (' || @tp:rend || '): ' || f:plain-text(.)"/>
      </xsl:for-each>
      <xsl:for-each select="tei:text//*[@tp:hidden = 'true']">
        <xsl:sequence select="'hidden ' || local-name() || ': ' || string(.)"/>
      </xsl:for-each>
      <xsl:for-each-group select="f:reference-list(root(.))" group-adjacent="string(@group)">
        <xsl:sequence select="'reference group: ' || (if (current-grouping-key() eq '') then '(one list)'
                                                      else f:gentext(current-grouping-key(), $lang))"/>
        <xsl:for-each select="current-group()">
          <xsl:sequence select="'  reference ' || @xml:id || ' [' || @lang || ']: ' || f:plain-text(tei:bibl)
                                || ' (cited in ' || string-join(tp:cited-by/@note, ', ') || ')'"/>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:value-of select="$lines" separator="&#10;"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
