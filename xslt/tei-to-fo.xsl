<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI → XSL-FO for Apache FOP: the PDF driver. It reads the normalised tree (see
     normalize.xsl) and only assembles the document; the typesetting rules live in fo/ and the
     rules shared with the XHTML driver in common/. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:import href="common/unhandled.xsl"/>
  <xsl:import href="common/lang.xsl"/>
  <xsl:import href="common/l10n.xsl"/>
  <xsl:import href="common/numbering.xsl"/>
  <xsl:import href="common/titles.xsl"/>
  <xsl:import href="common/plain-text.xsl"/>
  <xsl:import href="common/toc-label.xsl"/>
  <xsl:import href="common/urls.xsl"/>
  <xsl:import href="common/punctuation.xsl"/>
  <xsl:import href="fo/params.xsl"/>
  <xsl:import href="fo/pages.xsl"/>
  <xsl:import href="fo/metadata.xsl"/>
  <xsl:import href="fo/bookmarks.xsl"/>
  <xsl:import href="fo/front.xsl"/>
  <xsl:import href="fo/sections.xsl"/>
  <xsl:import href="fo/inline.xsl"/>
  <xsl:import href="fo/notes.xsl"/>
  <xsl:import href="common/references.xsl"/>
  <xsl:import href="fo/references.xsl"/>
  <xsl:import href="fo/generic.xsl"/>
  <xsl:import href="fo/direction.xsl"/>
  <!-- Last, so that what the normalising pass hid stays hidden in every module above. -->
  <xsl:import href="common/model.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="title" select="f:document-title(.)"/>
    <!-- Lines are spaced by the block's font alone: Latin runs (other ascent and descent)
         and raised note marks would otherwise push their lines apart. -->
    <fo:root xml:lang="{f:lang(.)}" hyphenate="{f:hyphenated(f:lang(.))}" font-family="{f:font-for(.)}" font-size="{$body-font-size}"
        line-height="{$body-line-height}" line-stacking-strategy="font-height">
      <!-- A book in a right-to-left language: every page and region is mirrored. -->
      <xsl:if test="@tp:dir">
        <xsl:attribute name="writing-mode" select="f:writing-mode(@tp:dir)"/>
      </xsl:if>
      <xsl:call-template name="f:layout-master-set"/>
      <xsl:call-template name="f:declarations">
        <xsl:with-param name="tei" select="."/>
      </xsl:call-template>
      <xsl:call-template name="f:bookmark-tree">
        <xsl:with-param name="tei" select="."/>
      </xsl:call-template>
      <fo:page-sequence master-reference="text" initial-page-number="1">
        <fo:title><xsl:value-of select="$title"/></fo:title>
        <xsl:call-template name="f:static-content">
          <!-- Typeset, not plain: its Latin runs and quarter spaces are those of the text. -->
          <xsl:with-param name="document-title" as="item()*">
            <xsl:apply-templates select="f:document-title-element(.)/node()"/>
          </xsl:with-param>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:if test="empty(tei:text/tei:front)">
            <xsl:call-template name="f:title-from-header">
              <xsl:with-param name="tei" select="."/>
            </xsl:call-template>
          </xsl:if>
          <xsl:apply-templates select="tei:text"/>
          <xsl:call-template name="f:endnotes">
            <xsl:with-param name="tei" select="."/>
          </xsl:call-template>
          <xsl:call-template name="f:references">
            <xsl:with-param name="tei" select="."/>
          </xsl:call-template>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template match="tei:text | tei:body | tei:back">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Indentation between blocks is not text; between inline elements it may be. -->
  <xsl:template match="(tei:text | tei:front | tei:body | tei:back | tei:div | tei:list | tei:listBibl
                        | tei:docTitle | tei:abstract | tei:keywords)/text()[not(normalize-space())]"/>
</xsl:stylesheet>
