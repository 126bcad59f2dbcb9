<?xml version="1.0" encoding="UTF-8"?>
<!-- Which divisions the PDF outline and the EPUB navigation list (both list the same entries), and
     with what label: a division with a head, by its heading; a division without one that holds
     headed divisions, by a generated name from the locale, so that no entry is ever empty and the
     headed divisions inside keep the nesting they have in the text. A division without a head
     and without headed divisions inside has nothing a reader would look up, and no entry. Needs
     common/l10n.xsl and common/plain-text.xsl beside it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="f:div-in-toc" as="xs:boolean" visibility="public">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="exists($div/descendant-or-self::tei:div/tei:head)"/>
  </xsl:function>

  <xsl:function name="f:div-toc-label" as="xs:string" visibility="public">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="heading" select="f:div-heading-text($div)"/>
    <xsl:sequence select="if (normalize-space($heading)) then $heading
                          else f:gentext('section', f:div-toc-lang($div))
                               || ' ' || f:div-toc-number($div)"/>
  </xsl:function>

  <!-- The generated label is part of the book's apparatus, like the contents title: it speaks the
       book's main language, not that of the passage. -->
  <xsl:function name="f:div-toc-lang" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="tei" select="$div/ancestor::tei:TEI[1]"/>
    <xsl:sequence select="string(($tei/@xml:lang,
        $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1]/@ident, 'und')[1])"/>
  </xsl:function>

  <!-- @n where it is a short printed number; a long one (a CTS URN, say) is an identifier, not
       something a reader looks for, so the division's place among its siblings stands instead. -->
  <xsl:function name="f:div-toc-number" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="n" select="normalize-space($div/@n)"/>
    <xsl:sequence select="if (matches($n, '^[\p{L}\p{N}.\-]{1,12}$')) then $n
                          else string(count($div/preceding-sibling::tei:div) + 1)"/>
  </xsl:function>
</xsl:stylesheet>
