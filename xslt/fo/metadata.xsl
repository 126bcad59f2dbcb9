<?xml version="1.0" encoding="UTF-8"?>
<!-- Document metadata from the teiHeader: the XMP packet FOP writes into the PDF (and from
     which it fills the document information dictionary), as PDF/A and PDF/UA require. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="f:document-keywords" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords/tei:term ! f:plain-text(.)"/>
  </xsl:function>

  <xsl:template name="f:declarations">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="lang" select="f:lang($tei)"/>
    <xsl:variable name="abstract" select="f:plain-text($tei/tei:teiHeader/tei:profileDesc/tei:abstract)"/>
    <xsl:variable name="keywords" select="f:document-keywords($tei)"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title>
              <rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="f:document-title($tei)"/></rdf:li></rdf:Alt>
            </dc:title>
            <dc:creator>
              <rdf:Seq>
                <xsl:for-each select="f:document-authors($tei)">
                  <rdf:li><xsl:value-of select="."/></rdf:li>
                </xsl:for-each>
              </rdf:Seq>
            </dc:creator>
            <xsl:if test="$abstract">
              <dc:description>
                <rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="$abstract"/></rdf:li></rdf:Alt>
              </dc:description>
            </xsl:if>
            <xsl:if test="exists($keywords)">
              <dc:subject>
                <rdf:Bag>
                  <xsl:for-each select="$keywords">
                    <rdf:li><xsl:value-of select="."/></rdf:li>
                  </xsl:for-each>
                </rdf:Bag>
              </dc:subject>
            </xsl:if>
            <dc:language>
              <rdf:Bag><rdf:li><xsl:value-of select="$lang"/></rdf:li></rdf:Bag>
            </dc:language>
          </rdf:Description>
          <xsl:if test="exists($keywords)">
            <rdf:Description rdf:about="">
              <pdf:Keywords><xsl:value-of select="string-join($keywords, '; ')"/></pdf:Keywords>
            </rdf:Description>
          </xsl:if>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>
</xsl:stylesheet>
