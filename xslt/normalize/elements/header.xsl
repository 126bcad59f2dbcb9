<?xml version="1.0" encoding="UTF-8"?>
<!-- The document's titles in the teiHeader. The title page, the running head, the bookmarks
     and the metadata of both outputs show the header's title, so it is read as the text is:
     a TLS title written 楚竹書<c n="・"/>性情論 shows "楚竹書・性情論", not "楚竹書性情論". The
     rest of the header keeps its TEI. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
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
</xsl:stylesheet>
