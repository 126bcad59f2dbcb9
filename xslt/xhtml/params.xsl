<?xml version="1.0" encoding="UTF-8"?>
<!-- Parameters of the XHTML driver. The Java EPUB writer owns the package layout and passes the
     hrefs it uses; the defaults let the stylesheet run alone (e.g. from an XSLT debugger). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- The style sheet every document links, relative to the documents. -->
  <xsl:param name="css-href" as="xs:string" select="'css/tei-press.css'"/>

  <!-- The cover image the cover page shows. -->
  <xsl:param name="cover-image-href" as="xs:string" select="'images/cover.png'"/>

  <!-- File names of the generated documents that are not sections. -->
  <xsl:param name="cover-href" as="xs:string" select="'cover.xhtml'"/>
  <xsl:param name="title-page-href" as="xs:string" select="'titlepage.xhtml'"/>
  <xsl:param name="nav-href" as="xs:string" select="'nav.xhtml'"/>
  <xsl:param name="references-href" as="xs:string" select="'references.xhtml'"/>

  <!-- An EPUB has no pages. A document whose notes are numbered per page in print (the
       note-numbering convention per-page) has its footnotes numbered per chapter here, with the
       same circled numbers: a chapter is one content document, so ①–⑳ restart where the reader
       sees a new file. per-chapter-for-per-page | as-print (the document's marks, tp:mark). -->
  <xsl:param name="epub-note-numbering" as="xs:string" select="'per-chapter-for-per-page'"/>
</xsl:stylesheet>
