<?xml version="1.0" encoding="UTF-8"?>
<!-- The element rules of the normalising pass: TEI that real documents use, lowered into the
     house vocabulary the drivers render (p, div/head, list/item, note, ref, hi, q, title…) or,
     where none fits, into the small generic model of urn:tei-press:normalized:

       tp:block  role="…"   a block the drivers style by role (verse-line, stanza, speaker…)
       tp:inline role="…"   a phrase the drivers style by role (smallcaps, code, name…)
       tp:gen               text the source does not contain (brackets, labels, sigla); decided
                            here, once, from elements/strings.xml and the convention parameters
       tp:figure, tp:image, tp:caption                     figures (elements/figures.xsl)
       tp:table, tp:row, tp:cell                           tables (elements/tables.xsl)
       tp:source-page kind="page|column|milestone" n="…"   breaks of the source (elements/breaks.xsl)
       tp:line-break                                       a line break the genre needs
       tp:anchor                                           a link target without content

     Only the text of the document (descendants of tei:text) and the header's titles, which the
     outputs show (elements/header.xsl), are lowered: the rest of the teiHeader keeps its TEI,
     which the drivers and the Java stages read by path. Modules imported later win:
     the generic fallback comes first.

     Lower first, render second: the rules run as a pass of their own (mode fp:lower, the
     default mode of every module here) over the whole document, and the rest of the
     normalising pass then reads the lowered tree as if it were the source: the divisions,
     notes and quotations made here get their ids, numbers and marks like any other. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">
  <xsl:import href="elements/model.xsl"/>
  <xsl:import href="elements/generic.xsl"/>
  <xsl:import href="elements/breaks.xsl"/>
  <xsl:import href="elements/verse.xsl"/>
  <xsl:import href="elements/drama.xsl"/>
  <xsl:import href="elements/front.xsl"/>
  <xsl:import href="elements/figures.xsl"/>
  <xsl:import href="elements/tables.xsl"/>
  <xsl:import href="elements/lists.xsl"/>
  <xsl:import href="elements/apparatus.xsl"/>
  <xsl:import href="elements/editorial.xsl"/>
  <xsl:import href="elements/phrase.xsl"/>
  <xsl:import href="elements/links.xsl"/>
  <xsl:import href="elements/manuscripts.xsl"/>
  <xsl:import href="elements/header.xsl"/>

  <xsl:mode name="fp:lower" on-no-match="shallow-copy"/>

  <xsl:template match="/" mode="#unnamed">
    <xsl:variable name="lowered" as="document-node()">
      <xsl:apply-templates select="." mode="fp:lower"/>
    </xsl:variable>
    <xsl:apply-templates select="$lowered/node()"/>
  </xsl:template>
</xsl:stylesheet>
