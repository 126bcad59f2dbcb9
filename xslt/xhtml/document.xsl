<?xml version="1.0" encoding="UTF-8"?>
<!-- How the source is cut into content documents, and the skeleton every document shares. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- One content document per top-level div of front, body and back. -->
  <xsl:variable name="fp:chapters" as="element(tei:div)*"
      select="/tei:TEI/tei:text/(tei:front | tei:body | tei:back)/tei:div"/>

  <!-- Body text before the first div has no heading of its own; it follows the abstract on the
       title page, as in print. -->
  <xsl:variable name="fp:opening" as="element()*"
      select="/tei:TEI/tei:text/tei:body/*[not(self::tei:div)][empty(preceding-sibling::tei:div)]"/>

  <xsl:variable name="fp:main-lang" as="xs:string"
      select="(f:language-tag(string((/tei:TEI/@xml:lang, /tei:TEI/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1]/@ident, 'und')[1]))[.], 'und')[1]"/>

  <xsl:key name="fp:id" match="*[@xml:id]" use="@xml:id"/>

  <xsl:function name="fp:chapter-href" as="xs:string">
    <xsl:param name="chapter" as="element(tei:div)"/>
    <xsl:sequence select="$chapter/@xml:id || '.xhtml'"/>
  </xsl:function>

  <!-- The document an element ends up in: its top-level div's, the preceding top-level div's
       for material between divs, else the title page's. -->
  <xsl:function name="fp:document-href" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="chapter" select="$element/ancestor-or-self::tei:div[. intersect $fp:chapters]"/>
    <xsl:variable name="after-chapter"
        select="$element/ancestor-or-self::*[parent::tei:front | parent::tei:body | parent::tei:back]/preceding-sibling::tei:div[1]"/>
    <xsl:sequence select="if (exists($chapter)) then fp:chapter-href($chapter)
                          else if (exists($after-chapter)) then fp:chapter-href($after-chapter)
                          else $title-page-href"/>
  </xsl:function>

  <!-- A link target in the source (#id or a URL) as an href between the documents. -->
  <xsl:function name="fp:href" as="xs:string">
    <xsl:param name="target" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:choose>
      <xsl:when test="starts-with($target, '#')">
        <xsl:variable name="element" select="key('fp:id', substring($target, 2), root($context))"/>
        <xsl:if test="empty($element)">
          <xsl:message terminate="yes" error-code="f:dangling-link"
              select="'The link target ' || $target || ' at ' || path($context) || ' names no xml:id in the document.'"/>
        </xsl:if>
        <xsl:sequence select="fp:document-href($element) || $target"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$target"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- id, lang and xml:lang, copied from the source element onto its XHTML counterpart. -->
  <xsl:template name="fp:common-attributes">
    <xsl:param name="element" as="element()" select="."/>
    <xsl:if test="$element/@xml:id">
      <xsl:attribute name="id" select="$element/@xml:id"/>
    </xsl:if>
    <xsl:if test="$element/@xml:lang">
      <xsl:attribute name="lang" select="f:language-tag($element/@xml:lang)"/>
      <xsl:attribute name="xml:lang" select="f:language-tag($element/@xml:lang)"/>
    </xsl:if>
    <xsl:if test="$element/@tp:dir">
      <xsl:attribute name="dir" select="$element/@tp:dir"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="fp:write-document">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="body-type" as="xs:string?"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:result-document href="{$href}">
      <html lang="{$fp:main-lang}" xml:lang="{$fp:main-lang}">
        <xsl:if test="/tei:TEI/@tp:dir">
          <xsl:attribute name="dir" select="/tei:TEI/@tp:dir"/>
        </xsl:if>
        <xsl:namespace name="epub" select="'http://www.idpf.org/2007/ops'"/>
        <head>
          <title><xsl:value-of select="$title"/></title>
          <link rel="stylesheet" type="text/css" href="{$css-href}"/>
        </head>
        <body>
          <xsl:if test="exists($body-type)">
            <xsl:attribute name="epub:type" select="$body-type"/>
          </xsl:if>
          <xsl:apply-templates select="$content" mode="fp:valid-content"/>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <xsl:template name="fp:cover-document">
    <xsl:call-template name="fp:write-document">
      <xsl:with-param name="href" select="$cover-href"/>
      <xsl:with-param name="title" select="f:gentext('cover', $fp:main-lang)"/>
      <xsl:with-param name="body-type" select="'cover'"/>
      <xsl:with-param name="content">
        <section class="cover" epub:type="cover">
          <img role="doc-cover" src="{$cover-image-href}"
               alt="{fp:book-title() || ' — ' || string-join(fp:book-authors(), '，')}"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="fp:chapter-document">
    <xsl:param name="chapter" as="element(tei:div)"/>
    <xsl:param name="trailing" as="element()*"/>
    <xsl:call-template name="fp:write-document">
      <xsl:with-param name="href" select="fp:chapter-href($chapter)"/>
      <xsl:with-param name="title" select="f:div-toc-label($chapter)"/>
      <xsl:with-param name="body-type" select="if ($chapter/parent::tei:back) then 'backmatter'
                                               else if ($chapter/parent::tei:front) then 'frontmatter' else 'bodymatter'"/>
      <xsl:with-param name="content">
        <xsl:apply-templates select="$chapter, $trailing"/>
        <xsl:call-template name="fp:footnotes">
          <xsl:with-param name="notes" select="($chapter, $trailing)/descendant-or-self::tei:note"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
