<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes. A footnote is set at the foot of the page where it is cited, under a short rule,
     with its number hanging; the mark in the text is superscript. Mark and note link to each
     other. Endnotes are listed after the text under a heading. Footnote numbers restart on
     every page (①②③…, the author note keeps its own mark "*"): XSL-FO has no page counter, so
     the PDF output lays the document out, reads on which page each mark fell and passes the
     numbers back in $note-numbers (see params.xsl); without it numbering is continuous. When
     the numbers cannot move a line, the PDF output writes them into the first layout instead
     (FootnoteRenumbering): every link to a note that shows its number ends its text and its
     alternative text with fp:mark. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:m="urn:tei-press:modes"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <!-- The id of the mark in the text; the note itself carries the note's xml:id. -->
  <xsl:function name="fp:mark-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'ref-' || $note/@xml:id"/>
  </xsl:function>

  <!-- The mark of a note (tp:mark of the normalising pass); with per-page numbering a footnote
       shows the number of its page's layout when there is one. -->
  <xsl:function name="fp:mark" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="
        if ($note/@tp:number and $note/@tp:place = 'foot' and root($note)/*/@tp:note-numbering = 'per-page'
            and map:contains($note-numbers, string($note/@xml:id)))
          then f:footnote-mark($note-numbers(string($note/@xml:id)), 'per-page')
        else string($note/@tp:mark)"/>
  </xsl:function>

  <!-- The outermost parts of a note in a non-CJK language, such as a Russian citation. -->
  <xsl:function name="fp:western-parts" as="element()*">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note//*[@xml:lang][not(f:in-cjk-context(.))] except $note//*[@xml:lang]//*"/>
  </xsl:function>

  <!-- A note that is mostly Western text, such as a Chinese note holding a Russian citation. -->
  <xsl:function name="fp:is-western-note" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="not(f:in-cjk-context($note))
        or sum(fp:western-parts($note) ! string-length(.)) gt 0.8 * string-length($note)"/>
  </xsl:function>

  <!-- The language a note is tagged with. FOP declares languages in the tagged PDF only on
       blocks, not on inline text, so a note that is mostly Russian is tagged Russian whole. -->
  <xsl:function name="fp:note-language" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if (fp:is-western-note($note)) then f:lang((fp:western-parts($note), $note)[1])
                          else f:lang($note)"/>
  </xsl:function>

  <xsl:template match="tei:note[@tp:place = 'foot']">
    <fo:footnote>
      <xsl:call-template name="fp:note-mark-in-text"/>
      <fo:footnote-body>
        <xsl:apply-templates select="." mode="m:note-body"/>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- A note between blocks: its mark gets a line of its own (fo:footnote may only stand in a
       line of text). -->
  <xsl:template match="tei:note[@tp:among-blocks = 'true']" priority="2">
    <fo:block role="P">
      <xsl:next-match/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:note[@tp:place = 'end']">
    <xsl:call-template name="fp:note-mark-in-text"/>
  </xsl:template>

  <!-- The mark stays on the line of the word it follows: a zero-width no-break space (line
       break class WJ) forbids the break; U+2060 itself is 0.6 em wide in Noto Serif. -->
  <xsl:template name="fp:note-mark-in-text">
    <fo:inline id="{fp:mark-id(.)}" baseline-shift="{$note-mark-shift}" font-size="{$note-mark-font-size}"
        font-family="{$han-font}" letter-spacing="0pt">
      <xsl:text>&#xFEFF;</xsl:text>
      <fo:basic-link internal-destination="{@xml:id}" fox:alt-text="{f:gentext('notes', f:lang(.))} {fp:mark(.)}">
        <xsl:value-of select="fp:mark(.)"/>
      </fo:basic-link>
    </fo:inline>
  </xsl:template>

  <!-- The note text beside its hanging mark; the mark leads back to the place it is cited. -->
  <xsl:template match="tei:note" mode="m:note-body">
    <fo:list-block id="{@xml:id}" font-size="{$footnote-font-size}" line-height="{$footnote-line-height}"
        provisional-distance-between-starts="{$footnote-mark-width}" provisional-label-separation="0.2em"
        text-indent="0" start-indent="0" end-indent="0" letter-spacing="0pt" space-after="0.6mm"
        font-family="{f:font-for(.)}">
      <!-- The body's font, also for a note on a heading, whose footnote-body inherits the heading's. -->
      <xsl:call-template name="f:lang-attribute"/>
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block font-family="{$han-font}">
            <fo:basic-link internal-destination="{fp:mark-id(.)}" fox:alt-text="{f:gentext('back-to-text', f:lang(.))}">
              <xsl:value-of select="fp:mark(.)"/>
            </fo:basic-link>
          </fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <!-- A URL breaks only at its break points, so justifying the line before it spreads the
               words or Han characters apart ("《一 季 度"): notes with a URL, and Western notes,
               are set ragged, as the reference list is. -->
          <!-- A long note may continue on the next page after any of its lines, so that the page
               of its mark is filled: with two lines at least on either side, FOP moved the text
               around the mark to the next page and left the page short. -->
          <fo:block text-align="{if (fp:is-western-note(.) or exists(.//tei:ptr)) then 'start' else 'justify'}"
              orphans="1" widows="1">
            <xsl:call-template name="f:fo-language">
              <xsl:with-param name="lang" select="fp:note-language(.)"/>
            </xsl:call-template>
            <xsl:call-template name="f:hyphenation"/>
            <xsl:call-template name="f:cjk-justification">
              <xsl:with-param name="cjk" select="not(fp:is-western-note(.))"/>
            </xsl:call-template>
            <xsl:apply-templates/>
          </fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <!-- Endnotes, after the text, when the document has any. -->
  <xsl:template name="f:endnotes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="endnotes" select="$tei/tei:text//tei:note[@tp:place = 'end']"/>
    <xsl:if test="exists($endnotes)">
      <fo:block font-weight="bold" font-size="{$section-font-size}" space-before="1.5em" space-after="0.8em"
          keep-with-next.within-page="always">
        <xsl:value-of select="f:gentext('notes', f:lang($tei))"/>
      </fo:block>
      <xsl:apply-templates select="$endnotes" mode="m:note-body"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
