<?xml version="1.0" encoding="UTF-8"?>
<!-- What the reader sees, as a plain string: the one reading of the normalised tree that
     bookmarks, navigation labels and document metadata print, and that the validation gate
     (check/ReaderText.java) expects to find in every output. It applies the decisions of the
     normalising pass (normalize/model.xsl) and adds none of its own: the marks in tp:open and
     tp:close (quotation marks, title brackets), no hidden reading of a choice, a note as its
     tp:mark where the caller asks for note marks (the gate) and as nothing where not (a
     bookmark), a URL (ptr) as its target, an element name (gi) in angle brackets. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:m="urn:tei-press:modes"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:plain-text" on-no-match="text-only-copy"/>

  <xsl:template match="*[@tp:hidden = 'true']" mode="m:plain-text" priority="2"/>

  <xsl:template match="tei:note" mode="m:plain-text" priority="1">
    <xsl:param name="note-marks" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="$note-marks">
      <xsl:value-of select="@tp:mark"/>
    </xsl:if>
  </xsl:template>

  <!-- A page number set in the margin stands beside the line, not in its text. -->
  <xsl:template match="tp:gen[@role = 'margin']" mode="m:plain-text"/>

  <!-- A list item's label as the model decided it; a bullet is decoration, not text. -->
  <xsl:template match="tei:item[@tp:label][not(@tp:label-kind = 'bullet')]" mode="m:plain-text">
    <xsl:value-of select="@tp:label || ' '"/>
    <xsl:apply-templates mode="m:plain-text"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="m:plain-text">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="*[@tp:open or @tp:close]" mode="m:plain-text">
    <xsl:value-of select="@tp:open"/>
    <xsl:apply-templates mode="m:plain-text"/>
    <xsl:value-of select="@tp:close"/>
  </xsl:template>

  <xsl:template match="tei:ptr" mode="m:plain-text">
    <xsl:value-of select="normalize-space(@target)"/>
  </xsl:template>

  <xsl:template match="tei:gi" mode="m:plain-text">
    <xsl:text>&lt;</xsl:text>
    <xsl:apply-templates mode="m:plain-text"/>
    <xsl:text>&gt;</xsl:text>
  </xsl:template>

  <!-- The text of one block of $element as a reader sees it, with the marks of the notes it
       holds where they stand; a note's own text without its mark. The validation gate's
       expectation of every passage (paragraph, heading, note). -->
  <xsl:function name="f:reader-text" as="xs:string" visibility="public">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="text" as="text()*">
      <xsl:apply-templates select="if ($element/self::tei:note) then $element/node() else $element" mode="m:plain-text">
        <xsl:with-param name="note-marks" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>

  <!-- The text of $element that an output may show in another case than the source's: small
       capitals (set as capitals in the PDF) and capitals the style asks for. The gate compares
       a passage that has some without regard to letter case, and accepts those letters drawn as
       capitals. -->
  <xsl:function name="f:case-transformed-text" as="xs:string" visibility="public">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="string-join($element/descendant-or-self::*[tokenize(@tp:styles) = ('smallcaps', 'uppercase')
        or (self::tp:inline | self::tp:block)[tokenize(@rend) = ('smallcaps', 'uppercase')]]//text())"/>
  </xsl:function>

  <!-- The plain text of $nodes, spaces normalised. -->
  <xsl:function name="f:plain-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="text()*">
      <xsl:apply-templates select="$nodes" mode="m:plain-text"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>

  <!-- A division's heading with its label, as the outline, running heads and contents show it. -->
  <xsl:function name="f:div-heading-text" as="xs:string" visibility="public">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="string($div/@tp:label) || string($div/@tp:label-separator) || f:plain-text($div/tei:head[1])"/>
  </xsl:function>
</xsl:stylesheet>
