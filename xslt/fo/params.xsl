<?xml version="1.0" encoding="UTF-8"?>
<!-- Every parameter of the PDF layout, in one place. Lengths are XSL-FO lengths. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <!-- Languages whose words FOP may hyphenate at a line end: those whose patterns the offo
       hyphenation jar (fop-hyph) has and the shaded jar ships. Han, kana and hangul break between
       characters and are never hyphenated; a language not listed is set without hyphens rather
       than with a warning. Left out, with their pattern files (pom.xml, shade filter): the
       languages whose patterns came under a copyleft or use-restricting licence (GPL, LGPL,
       non-commercial), listed in docs/hyphenation-licences.md. -->
  <xsl:param name="hyphenation-languages" as="xs:string*"
      select="tokenize('af bg ca cop cy da de el en eo es et eu fi fr gl grc hr ia is kmr la lo lt mn nb nl nn pl pt ro ru sa sl sv tk tr uk')"/>

  <!-- Trim size: '185x260' (16开, the size of Chinese academic yearbooks), 'A4' or 'A5'. -->
  <xsl:param name="page-size" as="xs:string" select="'185x260'"/>

  <!-- Per trim size: width, height and the four margins of the type area. The inner margin
       (binding side) is wider than the outer one so that the text does not run into the fold;
       the width of the type area is a whole number of 10.5 pt characters where the size allows,
       so that justified Chinese lines need no extra letter spacing. -->
  <xsl:variable name="fp:page-geometry" as="map(xs:string, map(xs:string, xs:string))" select="map {
      '185x260': map { 'width': '185mm', 'height': '260mm', 'inner': '22mm', 'outer': '18.5mm',
                       'top': '14mm', 'bottom': '12mm' },
      'A4':      map { 'width': '210mm', 'height': '297mm', 'inner': '25mm', 'outer': '22mm',
                       'top': '16mm', 'bottom': '14mm' },
      'A5':      map { 'width': '148mm', 'height': '210mm', 'inner': '18mm', 'outer': '15.1mm',
                       'top': '11mm', 'bottom': '10mm' } }"/>

  <xsl:variable name="fp:page" as="map(xs:string, xs:string)"
      select="($fp:page-geometry($page-size),
               error(xs:QName('fp:page-size'), 'Unknown page-size ''' || $page-size
                     || '''; expected one of: ' || string-join(sort(map:keys($fp:page-geometry)), ', ')))[1]"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <xsl:param name="page-width" as="xs:string" select="$fp:page('width')"/>
  <xsl:param name="page-height" as="xs:string" select="$fp:page('height')"/>
  <xsl:param name="margin-inner" as="xs:string" select="$fp:page('inner')"/>
  <xsl:param name="margin-outer" as="xs:string" select="$fp:page('outer')"/>
  <!-- From the trim edge to the running head, and to the page number. -->
  <xsl:param name="margin-top" as="xs:string" select="$fp:page('top')"/>
  <xsl:param name="margin-bottom" as="xs:string" select="$fp:page('bottom')"/>
  <!-- Room for the running head above the text, and for the folio below it. -->
  <xsl:param name="head-extent" as="xs:string" select="'10mm'"/>
  <xsl:param name="foot-extent" as="xs:string" select="'10mm'"/>
  <!-- Space between the running head's rule and the top of the type area. -->
  <xsl:param name="running-head-rule-gap" as="xs:string" select="'3mm'"/>

  <!-- Type: Song-style serif for Han, the matching Noto Serif for Latin and Cyrillic. -->
  <xsl:param name="han-font" as="xs:string" select="'Noto Serif SC,Noto Serif'"/>
  <xsl:param name="western-font" as="xs:string" select="'Noto Serif,Noto Serif SC'"/>
  <!-- The family lists of text in a role other than body (heading, abstract: f:font-role), by
       script run: map { 'heading': map { 'hani': '…', 'latn': '…' } }. tei-press passes them
       from fonts/fonts.xml (a 黑体 face for Chinese headings, a 楷体 face for the abstract); a
       role or script without an entry is set in $han-font or $western-font. -->
  <xsl:param name="role-fonts" as="map(xs:string, map(xs:string, xs:string))" select="map {}"/>
  <xsl:param name="body-font-size" as="xs:string" select="'10.5pt'"/>
  <xsl:param name="body-line-height" as="xs:string" select="'1.7'"/>
  <!-- The line pitch of the body text, the grid headings keep to (fo/sections.xsl). -->
  <xsl:variable name="fp:line-pitch" as="xs:string"
      select="xs:decimal(replace($body-font-size, 'pt$', '')) * xs:decimal($body-line-height) || 'pt'"/>
  <xsl:variable name="fp:half-line-pitch" as="xs:string"
      select="xs:decimal(replace($body-font-size, 'pt$', '')) * xs:decimal($body-line-height) div 2 || 'pt'"/>
  <!-- Chinese paragraphs start two characters in. -->
  <xsl:param name="paragraph-indent" as="xs:string" select="'2em'"/>

  <!-- Chinese lines have no spaces to stretch: justification may spread the characters of a
       line by up to this much each (see f:cjk-justification in fo/inline.xsl). -->
  <xsl:param name="cjk-letter-stretch" as="xs:string" select="'0.15em'"/>

  <!-- Added to the Western font's space (Noto Serif: 0.26 em) to make the quarter-em space set
       between Han and Western text (fp:western-run in fo/inline.xsl); fixed, so justification
       leaves it alone. -->
  <xsl:param name="quarter-space-adjustment" as="xs:string" select="'-0.01em'"/>
  <!-- The same for a quarter-em space set in the Han font (Noto Serif SC: 0.256 em). -->
  <xsl:param name="han-quarter-space-adjustment" as="xs:string" select="'-0.006em'"/>

  <!-- The fox:abbreviation (PDF /E) that marks an inline holding quarter-em spaces for
       pdf/QuarterSpaceText, which removes it; never a real expansion, so never text. -->
  <xsl:variable name="quarter-space-marker" as="xs:string" select="'tei-press:quarter-space'"/>

  <xsl:param name="title-font-size" as="xs:string" select="'18pt'"/>
  <xsl:param name="byline-font-size" as="xs:string" select="'12pt'"/>
  <xsl:param name="abstract-font-size" as="xs:string" select="'9pt'"/>
  <xsl:param name="section-font-size" as="xs:string" select="'12pt'"/>
  <xsl:param name="subsection-font-size" as="xs:string" select="'10.5pt'"/>
  <xsl:param name="running-head-font-size" as="xs:string" select="'8pt'"/>

  <xsl:param name="footnote-font-size" as="xs:string" select="'8.5pt'"/>
  <xsl:param name="footnote-line-height" as="xs:string" select="'1.45'"/>
  <!-- Width of the hanging number column of a footnote. -->
  <xsl:param name="footnote-mark-width" as="xs:string" select="'1.4em'"/>
  <xsl:param name="footnote-separator-length" as="xs:string" select="'30%'"/>
  <!-- The note mark in the text, relative to the text it stands in. -->
  <xsl:param name="note-mark-font-size" as="xs:string" select="'70%'"/>
  <xsl:param name="note-mark-shift" as="xs:string" select="'super'"/>
  <!-- Footnote xml:id → the number it shows, restarting on each page. The PDF output computes
       it from a first layout (org.teipress.pdf.FootnotePages); empty means continuous numbers. -->
  <xsl:param name="note-numbers" as="map(xs:string, xs:integer)" select="map{}"/>
  <!-- Space between the text column and a page number of the source set in the margin. -->
  <xsl:param name="margin-number-gap" as="xs:string" select="'1.5mm'"/>
  <!-- Synthesised small capitals (FOP has none): the size of a small letter's capital. -->
  <xsl:param name="small-caps-size" as="xs:string" select="'80%'"/>
</xsl:stylesheet>
