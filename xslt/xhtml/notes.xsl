<?xml version="1.0" encoding="UTF-8"?>
<!-- EPUB 3 notes: the mark is a noteref link, the note an aside at the end of the same
     document. Readers with pop-up notes show the aside over the text and hide it from the flow;
     the others show it at the end of the section, with a link back to the mark. -->
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

  <!-- The mark of a note: the one the normalising pass gave it, or with per-page numbering (see
       $epub-note-numbering) its number within its chapter. The reference list's back links use
       the same function, so they follow. -->
  <xsl:function name="fp:note-mark" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="chapter" select="$note/ancestor::tei:div[. intersect $fp:chapters]"/>
    <xsl:sequence select="
        if ($epub-note-numbering eq 'per-chapter-for-per-page' and root($note)/*/@tp:note-numbering = 'per-page'
            and $note/@tp:place = 'foot' and $note/@tp:number and exists($chapter))
          then f:footnote-mark(1 + count($chapter//tei:note[@tp:place = 'foot'][@tp:number][. &lt;&lt; $note]), 'per-page')
        else string($note/@tp:mark)"/>
  </xsl:function>

  <!-- The word joiner keeps the mark on the line of the text it belongs to: after a full stop,
       Chinese line breaking would otherwise allow the mark to start the next line alone. -->
  <xsl:template match="tei:note">
    <xsl:text>&#x2060;</xsl:text>
    <a class="noteref" epub:type="noteref" role="doc-noteref" href="#{@xml:id}" id="{@xml:id}-ref">
      <xsl:value-of select="fp:note-mark(.)"/>
    </a>
  </xsl:template>

  <!-- A note between blocks: its mark gets a paragraph of its own, as in the PDF. -->
  <xsl:template match="tei:note[@tp:among-blocks = 'true']" priority="2">
    <p class="note-standalone">
      <xsl:next-match/>
    </p>
  </xsl:template>

  <xsl:template name="fp:footnotes">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:if test="exists($notes)">
      <section class="footnotes" aria-label="{f:gentext('notes', $fp:main-lang)}">
        <xsl:apply-templates select="$notes" mode="fp:footnote"/>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="fp:footnote">
    <xsl:variable name="backlink" as="element()">
      <a class="backlink" role="doc-backlink" href="#{@xml:id}-ref"
         title="{f:gentext('back-to-text', f:lang(.))}"><xsl:value-of select="fp:note-mark(.)"/></a>
    </xsl:variable>
    <aside class="footnote" epub:type="footnote" role="doc-footnote" id="{@xml:id}">
      <xsl:if test="@xml:lang">
        <xsl:attribute name="lang" select="f:language-tag(@xml:lang)"/>
        <xsl:attribute name="xml:lang" select="f:language-tag(@xml:lang)"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="tei:p | tei:list | tei:listBibl | tei:quote[tei:p]">
          <p class="note-mark"><xsl:sequence select="$backlink"/></p>
          <xsl:apply-templates/>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:sequence select="$backlink"/><xsl:text> </xsl:text><xsl:apply-templates/></p>
        </xsl:otherwise>
      </xsl:choose>
    </aside>
  </xsl:template>
</xsl:stylesheet>
