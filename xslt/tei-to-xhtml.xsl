<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI (normalised by normalize.xsl) → the XHTML content documents of an EPUB 3.
     Every document is an xsl:result-document (cover, title page, one per top-level div, the
     navigation document); the principal result is the package plan (urn:tei-press:epub-package)
     from which the Java writer builds the OPF, the NCX and the cover image. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:pkg="urn:tei-press:epub-package"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- Imported first: lowest precedence, so it only catches what no module handles. -->
  <xsl:import href="common/unhandled.xsl"/>
  <xsl:import href="common/lang.xsl"/>
  <xsl:import href="common/l10n.xsl"/>
  <xsl:import href="common/numbering.xsl"/>
  <xsl:import href="common/titles.xsl"/>
  <xsl:import href="common/document-title.xsl"/>
  <xsl:import href="common/plain-text.xsl"/>
  <xsl:import href="common/toc-label.xsl"/>
  <xsl:import href="common/urls.xsl"/>
  <xsl:import href="xhtml/params.xsl"/>
  <xsl:import href="xhtml/document.xsl"/>
  <xsl:import href="xhtml/inline.xsl"/>
  <xsl:import href="xhtml/blocks.xsl"/>
  <xsl:import href="xhtml/sections.xsl"/>
  <xsl:import href="xhtml/notes.xsl"/>
  <xsl:import href="xhtml/titlepage.xsl"/>
  <xsl:import href="common/references.xsl"/>
  <xsl:import href="xhtml/references.xsl"/>
  <xsl:import href="xhtml/nav.xsl"/>
  <xsl:import href="xhtml/package.xsl"/>
  <xsl:import href="xhtml/generic.xsl"/>
  <xsl:import href="xhtml/colours.xsl"/>
  <!-- Last, so that what the normalising pass hid stays hidden in every module above. -->
  <xsl:import href="common/model.xsl"/>

  <!-- Accumulators (note counts) are read on the source tree. -->
  <xsl:mode use-accumulators="#all"/>

  <xsl:output method="xhtml" html-version="5" encoding="UTF-8" indent="no"/>

  <xsl:template match="/">
    <xsl:call-template name="fp:cover-document"/>
    <xsl:call-template name="fp:title-page-document"/>
    <xsl:call-template name="fp:nav-document"/>
    <!-- Grouping keeps this linear: material after a div goes with that div's document. -->
    <xsl:for-each-group select="$fp:chapters/../*" group-starting-with="tei:div">
      <xsl:if test="current-group()[1] instance of element(tei:div)">
        <xsl:call-template name="fp:chapter-document">
          <xsl:with-param name="chapter" select="current-group()[1]"/>
          <xsl:with-param name="trailing" select="tail(current-group())"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:for-each-group>
    <xsl:call-template name="fp:references-document"/>
    <xsl:call-template name="fp:package-plan"/>
  </xsl:template>
</xsl:stylesheet>
