<?xml version="1.0" encoding="UTF-8"?>
<!-- Figures: each graphic becomes a tp:image whose description (figDesc) is its alternative
     text, which PDF/UA and EPUB accessibility require; a figure with a heading gets a caption
     numbered in the document's language ("Figure 2. …"). Only image files the build found
     next to the source ($local-images) are embedded; a missing file or a remote URL (never
     fetched) becomes a visible placeholder showing the description, and a warning.

       <tp:figure xml:id="…">
         <tp:image status="local|missing|remote" src="file:…" href="images/…" alt="…"
                   width="…" height="…" scale="…" url="(as written)"/>
         <tp:caption><tp:gen>Figure 2. </tp:gen>…head…</tp:caption>
         …any other content of the figure…
       </tp:figure> -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <xsl:accumulator name="fp:figure-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:figure[tei:head]" select="$value + 1"/>
  </xsl:accumulator>
  <!-- Each image file once, in order of first use: the package stores it once. -->
  <xsl:function name="fp:image-urls" as="xs:string*" cache="yes">
    <xsl:param name="document" as="node()"/>
    <xsl:sequence select="distinct-values($document//tei:text//(tei:graphic | tei:media)/normalize-space(@url))"/>
  </xsl:function>

  <xsl:template match="tei:figure[ancestor::tei:text]">
    <tp:figure>
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:apply-templates select=".//tei:graphic[ancestor::tei:figure[1] is current()]"/>
      <xsl:if test="tei:head">
        <tp:caption>
          <xsl:apply-templates select="tei:head[1]/@xml:lang"/>
          <xsl:call-template name="f:gen">
            <xsl:with-param name="text" select="f:element-string('figure', .) || ' '
                || accumulator-after('fp:figure-count') || f:element-string('caption-separator', .)"/>
            <xsl:with-param name="role" select="'label'"/>
          </xsl:call-template>
          <xsl:apply-templates select="tei:head[1]/node()"/>
        </tp:caption>
      </xsl:if>
      <xsl:apply-templates select="node() except (tei:head[1], tei:figDesc, tei:graphic)"/>
    </tp:figure>
  </xsl:template>

  <xsl:template match="tei:figure[ancestor::tei:text]/tei:head[position() gt 1]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="'caption-part'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A figDesc outside a figure describes nothing visible: it is shown as a note-like block. -->
  <xsl:template match="tei:figDesc[ancestor::tei:text][not(parent::tei:figure)]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="role" select="'description'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- One warning per image file that is not embedded. -->
  <xsl:template match="tei:TEI/tei:text" priority="6">
    <xsl:for-each-group select=".//(tei:graphic | tei:media)" group-by="normalize-space(@url)">
      <xsl:variable name="status" select="fp:image-status(current-grouping-key())"/>
      <xsl:if test="$status ne 'local'">
        <xsl:message select="'image ' || current-grouping-key() || (if ($status eq 'remote') then ' is remote and is never fetched'
            else ' was not found next to the source') || '; a placeholder with its description is shown instead ('
            || count(current-group()) || '×)'"/>
      </xsl:if>
    </xsl:for-each-group>
    <xsl:next-match/>
  </xsl:template>

  <xsl:function name="fp:image-status" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="if (matches($url, '^[a-zA-Z][a-zA-Z0-9+.-]*:') and not(starts-with($url, 'file:'))) then 'remote'
        else if (map:contains($local-images, $url)) then 'local' else 'missing'"/>
  </xsl:function>

  <xsl:template match="tei:graphic[ancestor::tei:text] | tei:media[ancestor::tei:text]">
    <xsl:variable name="url" select="normalize-space(@url)"/>
    <xsl:variable name="figure" select="ancestor::tei:figure[1]"/>
    <xsl:variable name="description" select="normalize-space(string-join(($figure/tei:figDesc, tei:desc), ' '))"/>
    <xsl:variable name="alt" select="if ($description ne '') then $description
        else if ($figure/tei:head) then normalize-space($figure/tei:head[1])
        else tokenize($url, '/')[last()]"/>
    <xsl:variable name="status" select="fp:image-status($url)"/>
    <tp:image status="{$status}" url="{$url}" alt="{$alt}">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:for-each select="@width, @height, @scale">
        <xsl:attribute name="{local-name()}" select="normalize-space()"/>
      </xsl:for-each>
      <xsl:if test="$status eq 'local'">
        <xsl:attribute name="src" select="$local-images($url)"/>
        <xsl:attribute name="href" select="'images/image-' || index-of(fp:image-urls(root(.)), $url)[1]
            || '.' || lower-case(replace($url, '^.*\.([A-Za-z]+)$', '$1'))"/>
      </xsl:if>
      <xsl:if test="$status ne 'local'">
        <xsl:call-template name="f:gen">
          <xsl:with-param name="text" select="f:element-string('image-missing', .) || ': ' || $alt"/>
        </xsl:call-template>
      </xsl:if>
    </tp:image>
  </xsl:template>
</xsl:stylesheet>
