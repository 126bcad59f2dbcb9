<?xml version="1.0" encoding="UTF-8"?>
<!-- The document's titles in the teiHeader. The title page, the running head, the bookmarks
     and the metadata of both outputs show the header's title, so it is read as the text is:
     a TLS title written 楚竹書<c n="・"/>性情論 shows "楚竹書・性情論", not "楚竹書性情論". A
     catalogue record's manuscript description is published as its text. The rest of the header
     keeps its TEI. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <!-- The element rules apply to text (they match descendants of tei:text), so the title's
       content is lowered as a paragraph of a text in the title's language, and its lowered
       content comes back into the title. -->
  <xsl:template match="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title">
    <xsl:variable name="as-text" as="element(tei:TEI)">
      <tei:TEI xml:lang="{f:lang(.)}">
        <tei:text>
          <tei:body>
            <tei:p>
              <xsl:copy-of select="node()"/>
            </tei:p>
          </tei:body>
        </tei:text>
      </tei:TEI>
    </xsl:variable>
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:apply-templates select="$as-text/tei:text/tei:body/tei:p/node()"/>
    </xsl:copy>
  </xsl:template>

  <!-- A catalogue record (a file of the Bodleian's medieval manuscripts, say) describes its
       manuscript in the header and leaves the body empty: the description is what a reader of
       the record came for, so it is lowered and published as the text, as if it stood in the
       body (the element rules match descendants of tei:text). The header keeps its own copy. -->
  <xsl:template match="tei:TEI/tei:text/tei:body[fp:holds-nothing(.)]
                       [exists(ancestor::tei:TEI[1]/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:msDesc)]">
    <xsl:variable name="tei" select="ancestor::tei:TEI[1]"/>
    <xsl:variable name="as-text" as="element(tei:TEI)">
      <tei:TEI>
        <xsl:copy-of select="$tei/@*"/>
        <tei:text>
          <tei:body>
            <xsl:copy-of select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:msDesc"/>
          </tei:body>
        </tei:text>
      </tei:TEI>
    </xsl:variable>
    <xsl:for-each select="$as-text/tei:text">
      <xsl:call-template name="f:report-generic"/>
    </xsl:for-each>
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:apply-templates select="$as-text/tei:text/tei:body/node()"/>
    </xsl:copy>
  </xsl:template>

  <!-- A body with neither text nor anything shown without text (an image, a gap). -->
  <xsl:function name="fp:holds-nothing" as="xs:boolean">
    <xsl:param name="body" as="element(tei:body)"/>
    <xsl:sequence select="normalize-space($body) eq ''
        and empty($body//(tei:graphic | tei:figure | tei:media | tei:gap | tei:space | tei:milestone))"/>
  </xsl:function>
</xsl:stylesheet>
