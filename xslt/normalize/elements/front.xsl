<?xml version="1.0" encoding="UTF-8"?>
<!-- Title pages and the divisions of front and back matter.
       * The title page of front matter is unwrapped into front, where the drivers set the title
         page from docTitle, titlePart, byline and docAuthor; its title parts become one docTitle
         (the drivers expect one). Imprint, date, edition, epigraph and argument are blocks.
       * A title page elsewhere (a half-title in the body) is a block of blocks.
       * A division of front or back matter without a heading gets the heading its @type names
         (preface, dedication, abstract, appendix, bibliography…) from elements/strings.xml.
       * Numbered divisions (div1…div7) are divisions. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <!-- The title page the drivers set: the first one of the front matter. -->
  <xsl:function name="fp:is-main-title-page" as="xs:boolean">
    <xsl:param name="title-page" as="element(tei:titlePage)"/>
    <xsl:sequence select="exists($title-page/parent::tei:front)
        and empty($title-page/preceding-sibling::tei:titlePage)
        and empty($title-page/../tei:docTitle)"/>
  </xsl:function>

  <xsl:template match="tei:titlePage[fp:is-main-title-page(.)]" priority="2">
    <xsl:variable name="title-parts" select="tei:docTitle | tei:titlePart"/>
    <xsl:for-each select="node()">
      <xsl:choose>
        <xsl:when test=". is $title-parts[1]">
          <docTitle>
            <xsl:apply-templates select="$title-parts[1]/@xml:lang"/>
            <xsl:for-each select="$title-parts">
              <xsl:choose>
                <xsl:when test="self::tei:titlePart">
                  <xsl:apply-templates select="."/>
                </xsl:when>
                <xsl:otherwise>
                  <!-- Text standing in docTitle outside any titlePart is a title part too. -->
                  <xsl:for-each-group select="node()" group-adjacent="exists(self::tei:titlePart)">
                    <xsl:choose>
                      <xsl:when test="current-grouping-key()">
                        <xsl:apply-templates select="current-group()"/>
                      </xsl:when>
                      <xsl:when test="exists(current-group()[self::* or normalize-space()])">
                        <titlePart><xsl:apply-templates select="current-group()"/></titlePart>
                      </xsl:when>
                    </xsl:choose>
                  </xsl:for-each-group>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </docTitle>
        </xsl:when>
        <xsl:when test=". intersect $title-parts"/>
        <xsl:otherwise>
          <xsl:apply-templates select="."/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:titlePage[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="'title-page'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Outside the main title page, title parts are blocks: the drivers give the document's
       title (docTitle in front) a heading of its own, only once. -->
  <xsl:template match="tei:docTitle[ancestor::tei:text][not(parent::tei:front)][not(parent::tei:titlePage[fp:is-main-title-page(.)])]
                       | tei:titlePart[ancestor::tei:text][not(ancestor::tei:titlePage[fp:is-main-title-page(.)])][not(parent::tei:docTitle/parent::tei:front)]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="if (self::tei:docTitle) then 'doc-title' else 'title-part'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:docImprint[ancestor::tei:text] | tei:docDate[ancestor::tei:text]
                       | tei:docEdition[ancestor::tei:text] | tei:epigraph[ancestor::tei:text]
                       | tei:argument[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="role" select="lower-case(replace(local-name(), '([a-z])([A-Z])', '$1-$2'))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The heading a division's type names, when it has none of its own. -->
  <xsl:variable name="fp:heading-types" as="map(xs:string, xs:string)" select="map {
      'preface': 'preface', 'foreword': 'preface', 'dedication': 'dedication', 'abstract': 'abstract',
      'appendix': 'appendix', 'bibliography': 'bibliography', 'bibliogr': 'bibliography',
      'references': 'bibliography', 'acknowledgements': 'acknowledgements',
      'acknowledgments': 'acknowledgements', 'introduction': 'introduction', 'index': 'index',
      'glossary': 'glossary', 'contents': 'contents', 'toc': 'contents', 'notes': 'notes',
      'edition': 'edition', 'translation': 'translation', 'commentary': 'commentary',
      'apparatus': 'apparatus' }"/>

  <xsl:function name="fp:type-heading-key" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$fp:heading-types(lower-case(normalize-space($div/@type)))"/>
  </xsl:function>

  <!-- A division whose first block has a heading of its own (listBibl/head) needs none. The
       heading is in the language of the book around it: an edition's Latin text is headed
       "Edition" in an English publication. The body's divisions of a scholarly edition (EpiDoc
       edition, apparatus, translation, commentary, bibliography) are headed the same way. An
       empty division (a commentary not yet written) stays out. -->
  <xsl:template match="(tei:front | tei:back | tei:body)/tei:div[empty(tei:head)][empty(*[1]/tei:head)][exists(fp:type-heading-key(.))]">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <head>
        <xsl:if test="f:lang(.) ne f:lang(..)">
          <xsl:attribute name="xml:lang" select="f:text-lang(..)"/>
        </xsl:if>
        <xsl:call-template name="f:gen">
          <xsl:with-param name="text" select="f:element-string(fp:type-heading-key(.), ..)"/>
        </xsl:call-template>
      </head>
      <xsl:apply-templates/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:body/tei:div[exists(fp:type-heading-key(.))][empty(tei:head)][normalize-space() eq '']
                       [empty(.//tei:*[@xml:id] | .//tei:graphic | .//tei:figure | .//tei:gap | .//tei:pb | .//tei:milestone)]"
      priority="3"/>

  <!-- div1…div7 are divisions: the rest of the pass numbers them like any div. -->
  <xsl:template match="(tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7)[ancestor::tei:text]">
    <div>
      <xsl:apply-templates select="@*, node()"/>
    </div>
  </xsl:template>
</xsl:stylesheet>
