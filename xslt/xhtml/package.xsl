<?xml version="1.0" encoding="UTF-8"?>
<!-- The package plan, the principal result: the metadata the teiHeader gives, the documents in
     reading order and the table of contents. The Java writer turns it into OPF and NCX; it never
     reads the TEI itself. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:pkg="urn:tei-press:epub-package"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <xsl:variable name="fp:header" as="element(tei:teiHeader)" select="/tei:TEI/tei:teiHeader"/>

  <xsl:function name="fp:book-title" as="xs:string">
    <xsl:sequence select="f:document-title($fp:header/parent::tei:TEI)"/>
  </xsl:function>

  <xsl:function name="fp:book-authors" as="xs:string*">
    <xsl:sequence select="f:document-authors($fp:header/ancestor::tei:TEI)"/>
  </xsl:function>

  <xsl:template name="fp:package-plan">
    <xsl:variable name="publication" select="$fp:header/tei:fileDesc/tei:publicationStmt"/>
    <pkg:package>
      <pkg:title><xsl:value-of select="fp:book-title()"/></pkg:title>
      <xsl:for-each select="fp:book-authors()">
        <pkg:creator><xsl:value-of select="."/></pkg:creator>
      </xsl:for-each>
      <xsl:for-each select="($publication/tei:idno[starts-with(normalize-space(), 'urn:uuid:')],
                             $publication/tei:idno)[1]">
        <pkg:identifier><xsl:value-of select="normalize-space()"/></pkg:identifier>
      </xsl:for-each>
      <pkg:language><xsl:value-of select="$fp:main-lang"/></pkg:language>
      <xsl:for-each select="$publication/tei:date[1]">
        <pkg:date><xsl:value-of select="(@when, normalize-space())[1]"/></pkg:date>
      </xsl:for-each>
      <xsl:for-each select="$publication/(tei:publisher | tei:distributor)[1]">
        <pkg:publisher><xsl:value-of select="normalize-space()"/></pkg:publisher>
      </xsl:for-each>
      <xsl:for-each select="$fp:abstract">
        <pkg:description><xsl:value-of select="f:plain-text(.)"/></pkg:description>
      </xsl:for-each>
      <!-- An empty term (a genre left blank) would be an empty dc:subject, which EPUB forbids. -->
      <xsl:for-each select="$fp:keywords ! f:plain-text(.)[.]">
        <pkg:subject><xsl:value-of select="."/></pkg:subject>
      </xsl:for-each>
      <!-- The edition whose pages the page list gives: the print source the sourceDesc names
           (a bibl typed as print or original source, else its first description). -->
      <xsl:if test="exists($fp:page-breaks)">
        <xsl:variable name="source-desc" select="$fp:header/tei:fileDesc/tei:sourceDesc"/>
        <xsl:variable name="described" select="($source-desc//tei:bibl[@type = ('printSource', 'originalSource', 'print')],
            $source-desc/(tei:bibl | tei:biblStruct | tei:biblFull | tei:msDesc | tei:p), $source-desc)
            [normalize-space()][1]"/>
        <pkg:pagination-source>
          <xsl:value-of select="if (exists($described)) then normalize-space($described)
                                else fp:book-title()"/>
        </pkg:pagination-source>
      </xsl:if>
      <pkg:spine progression="{(/tei:TEI/@tp:dir, 'ltr')[1]}">
        <pkg:document href="{$cover-href}" role="cover"/>
        <pkg:document href="{$title-page-href}" role="titlepage"/>
        <pkg:document href="{$nav-href}" role="nav"/>
        <xsl:for-each select="$fp:chapters">
          <pkg:document href="{fp:chapter-href(.)}" role="chapter"/>
        </xsl:for-each>
        <xsl:if test="exists($fp:references)">
          <pkg:document href="{$references-href}" role="chapter"/>
        </xsl:if>
      </pkg:spine>
      <pkg:toc>
        <xsl:sequence select="$fp:toc"/>
      </pkg:toc>
    </pkg:package>
  </xsl:template>
</xsl:stylesheet>
