<?xml version="1.0" encoding="UTF-8"?>
<!-- The reference list (参考文献) as a content document of its own, after the text: the works
     the notes cite (f:reference-list in common/references.xsl), Chinese sources first, each
     followed by links to the notes that cite it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:variable name="fp:references" as="element(tp:reference)*" select="f:reference-list(/)"/>

  <xsl:template name="fp:references-document">
    <xsl:if test="exists($fp:references)">
      <xsl:variable name="heading" select="f:gentext('references', $fp:main-lang)"/>
      <xsl:call-template name="fp:write-document">
        <xsl:with-param name="href" select="$references-href"/>
        <xsl:with-param name="title" select="$heading"/>
        <xsl:with-param name="body-type" select="'backmatter'"/>
        <xsl:with-param name="content">
          <section class="references" epub:type="bibliography" role="doc-bibliography" id="references"
              aria-labelledby="references-title">
            <h1 id="references-title"><xsl:value-of select="$heading"/></h1>
            <xsl:for-each-group select="$fp:references" group-adjacent="string(@group)">
              <section class="reference-group">
                <xsl:if test="current-grouping-key() ne ''">
                  <h2><xsl:value-of select="f:gentext(current-grouping-key(), $fp:main-lang)"/></h2>
                </xsl:if>
                <ol class="reference-list">
                  <xsl:apply-templates select="current-group()"/>
                </ol>
              </section>
            </xsl:for-each-group>
          </section>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tp:reference">
    <li class="reference" id="{@xml:id}">
      <xsl:apply-templates select="tei:bibl"/>
      <span class="cited-by">
        <xsl:apply-templates select="tp:cited-by"/>
      </span>
    </li>
  </xsl:template>

  <!-- Back to each note citing the work, by the mark the note has in the text. -->
  <xsl:template match="tp:cited-by">
    <xsl:variable name="note" select="key('fp:id', @note, $fp:source)"/>
    <xsl:text> </xsl:text>
    <a class="cited-by" href="{fp:document-href($note)}#{@note}"
       title="{f:gentext('notes', $fp:main-lang)} {fp:note-mark($note)}">
      <xsl:value-of select="fp:note-mark($note)"/>
    </a>
  </xsl:template>

  <xsl:variable name="fp:source" as="document-node()" select="/"/>
</xsl:stylesheet>
