<?xml version="1.0" encoding="UTF-8"?>
<!-- The document's title, as both outputs show it on the title page, in the running head, the
     navigation and the metadata: the header's main title, else its first. The normalising pass
     lowered it as it lowers the text (normalize/elements/header.xsl), so its content is what
     the reader sees; a driver renders the nodes or prints the plain string. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <!-- The title element; its content, not the element, is shown: the document's own title
       takes no title brackets. -->
  <xsl:function name="f:document-title-element" as="element(tei:title)?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="($titles[@type = 'main'], $titles)[1]"/>
  </xsl:function>

  <!-- The title as a plain string (common/plain-text.xsl, which the drivers import). -->
  <xsl:function name="f:document-title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="f:plain-text(f:document-title-element($tei)/node())"/>
  </xsl:function>

  <!-- The authors the header names, each as a reader knows the name (its persName or name, else
       its text): the metadata's creators, and the byline of a title page the front matter does
       not give one (f:header-byline). -->
  <xsl:function name="f:document-authors" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:for-each select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author">
      <xsl:sequence select="normalize-space(f:plain-text((tei:persName, tei:name, .)[1]))[. ne '']"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The byline a title page takes from the header: its authors in the document's language's
       list form, when the text's own title page names nobody (no byline or docAuthor), as in
       most corpus editions, whose header alone does. Empty otherwise. -->
  <xsl:function name="f:header-byline" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="authors" select="f:document-authors($tei)"/>
    <xsl:sequence select="string-join($authors, f:gentext('list-separator', f:lang($tei)))
        [exists($authors) and empty($tei/tei:text/tei:front//(tei:byline | tei:docAuthor))]"/>
  </xsl:function>
</xsl:stylesheet>
