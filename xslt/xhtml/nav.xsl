<?xml version="1.0" encoding="UTF-8"?>
<!-- The table of contents, built once as pkg:entry elements: the navigation document renders
     it here, and the Java writer turns the same entries into the NCX for EPUB 2 readers. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:pkg="urn:tei-press:epub-package"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:variable name="fp:toc" as="element(pkg:entry)*">
    <pkg:entry href="{$title-page-href}" label="{fp:book-title()}"/>
    <xsl:apply-templates select="$fp:chapters[f:div-in-toc(.)]" mode="fp:toc"/>
    <xsl:if test="exists($fp:references)">
      <pkg:entry href="{$references-href}" label="{f:gentext('references', $fp:main-lang)}"/>
    </xsl:if>
  </xsl:variable>

  <xsl:template match="tei:div" mode="fp:toc">
    <pkg:entry href="{fp:document-href(.) || (if (. intersect $fp:chapters) then '' else '#' || @xml:id)}"
               label="{f:div-toc-label(.)}">
      <xsl:apply-templates select="tei:div[f:div-in-toc(.)]" mode="fp:toc"/>
    </pkg:entry>
  </xsl:template>

  <xsl:template name="fp:nav-document">
    <xsl:variable name="toc-title" select="f:gentext('toc', $fp:main-lang)"/>
    <xsl:call-template name="fp:write-document">
      <xsl:with-param name="href" select="$nav-href"/>
      <xsl:with-param name="title" select="$toc-title"/>
      <xsl:with-param name="content">
        <nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">
          <h1 id="toc-title"><xsl:value-of select="$toc-title"/></h1>
          <ol>
            <xsl:apply-templates select="$fp:toc" mode="fp:nav"/>
          </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" hidden="hidden" aria-label="Landmarks">
          <ol>
            <li><a epub:type="cover" href="{$cover-href}"><xsl:value-of select="f:gentext('cover', $fp:main-lang)"/></a></li>
            <li><a epub:type="titlepage" href="{$title-page-href}"><xsl:value-of select="f:gentext('title-page', $fp:main-lang)"/></a></li>
            <li><a epub:type="toc" href="{$nav-href}#toc"><xsl:value-of select="$toc-title"/></a></li>
            <li><a epub:type="bodymatter" href="{fp:body-start-href()}"><xsl:value-of select="f:gentext('body', $fp:main-lang)"/></a></li>
            <xsl:if test="exists($fp:references)">
              <li><a epub:type="bibliography" href="{$references-href}#references"><xsl:value-of select="f:gentext('references', $fp:main-lang)"/></a></li>
            </xsl:if>
          </ol>
        </nav>
        <xsl:if test="exists($fp:page-breaks)">
          <nav epub:type="page-list" role="doc-pagelist" id="page-list" hidden="hidden"
              aria-label="{f:gentext('page-list', $fp:main-lang)}">
            <ol>
              <xsl:for-each select="$fp:page-breaks">
                <li><a href="{fp:document-href(.)}#{fp:source-page-id(.)}"><xsl:value-of select="@n"/></a></li>
              </xsl:for-each>
            </ol>
          </nav>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The pages of the source the text shows, in reading order: the page list's entries. A
       break standing between front, body and back (DraCor's first pb) is shown nowhere. -->
  <xsl:variable name="fp:page-breaks" as="element(tp:source-page)*"
      select="/tei:TEI/tei:text/(tei:front | tei:body | tei:back)//tp:source-page[f:is-page-break(.)]"/>

  <xsl:template match="pkg:entry" mode="fp:nav">
    <li>
      <a href="{@href}"><xsl:value-of select="@label"/></a>
      <xsl:if test="pkg:entry">
        <ol><xsl:apply-templates select="pkg:entry" mode="fp:nav"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:function name="fp:body-start-href" as="xs:string">
    <xsl:variable name="first-body-chapter" select="$fp:chapters[parent::tei:body][1]"/>
    <xsl:sequence select="if (exists($fp:opening)) then $title-page-href || '#body-start'
                          else if (exists($first-body-chapter)) then fp:chapter-href($first-body-chapter)
                          else $title-page-href"/>
  </xsl:function>
</xsl:stylesheet>
