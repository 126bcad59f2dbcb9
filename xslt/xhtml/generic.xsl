<?xml version="1.0" encoding="UTF-8"?>
<!-- The generic model of the normalising pass (normalize/elements.xsl) in XHTML: tp:block and
     tp:inline become div and span classed by role (tp-verse-line, tp-speaker…; the styling is
     in tei-press.css), figures become figure/img/figcaption with the description as alt text,
     tables get caption, thead with th for label rows, th for label cells. A block standing
     where HTML allows only phrasing content (inside a p, a heading, a span) is a span shown as
     a block, so that every document stays valid. Generated text (tp:gen) is set as it stands. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- Whether the nearest enclosing element turns into an HTML element that holds phrasing
       content only. -->
  <xsl:function name="fp:in-phrasing" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="nearest" select="$node/ancestor::*[fp:is-phrasing(.) or fp:is-flow(.)][1]"/>
    <!-- A block or figure is itself a span where phrasing content is required: what it holds is too. -->
    <xsl:sequence select="if (empty($nearest)) then false()
        else if ($nearest/self::tp:block | $nearest/self::tp:figure) then fp:in-phrasing($nearest)
        else fp:is-phrasing($nearest)"/>
  </xsl:function>

  <xsl:function name="fp:is-flow" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tp:block | $e/self::tp:figure | $e/self::tp:cell | $e/self::tei:div
        | $e/self::tei:body | $e/self::tei:front | $e/self::tei:back | $e/self::tei:text | $e/self::tei:item
        | $e/self::tei:quote[tei:p] | $e/self::tei:note[tei:p | tei:list | tei:listBibl | tei:quote[tei:p]]
        | $e/self::tei:p[tei:list | tei:listBibl | tei:quote[tei:p]])"/>
  </xsl:function>

  <xsl:function name="fp:is-phrasing" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="not(fp:is-flow($e)) and exists($e/self::tp:inline | $e/self::tp:caption | $e/self::tei:p | $e/self::tei:head
        | $e/self::tei:label | $e/self::tei:bibl | $e/self::tei:title | $e/self::tei:q | $e/self::tei:quote | $e/self::tei:hi
        | $e/self::tei:emph | $e/self::tei:ref | $e/self::tei:titlePart | $e/self::tei:byline | $e/self::tei:docAuthor
        | $e/self::tei:note | $e/self::tei:foreign | $e/self::tei:term | $e/self::tei:mentioned | $e/self::tei:corr
        | $e/self::tei:sic | $e/self::tei:reg | $e/self::tei:orig | $e/self::tei:date | $e/self::tei:author
        | $e/self::tei:editor | $e/self::tei:publisher | $e/self::tei:pubPlace | $e/self::tei:idno)"/>
  </xsl:function>

  <xsl:template name="fp:role-class">
    <xsl:attribute name="class" select="string-join(('tp-' || @role, tokenize(@rend) ! ('tp-rend-' || .),
        if (@part = ('M', 'F')) then 'tp-part-' || @part else ()), ' ')"/>
  </xsl:template>

  <xsl:template match="tp:block">
    <xsl:element name="{if (fp:in-phrasing(.)) then 'span' else 'div'}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:call-template name="fp:role-class"/>
      <xsl:if test="fp:in-phrasing(.)">
        <xsl:attribute name="class" select="'tp-block tp-' || @role || string-join(tokenize(@rend) ! (' tp-rend-' || .))"/>
      </xsl:if>
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:if test="@style or @indent">
        <xsl:attribute name="style" select="fp:readable-css(string-join((@style, @indent ! ('padding-left: ' || .)), '; '))"/>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="@number">
        <span class="tp-line-number"><xsl:value-of select="@number"/></span>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tp:inline">
    <span>
      <xsl:call-template name="fp:role-class"/>
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:if test="@style"><xsl:attribute name="style" select="fp:readable-css(@style)"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- A hi with styles beyond the shared rule's: classed by each style it names. -->
  <xsl:template match="tei:hi[@tp:styles or @tp:css]">
    <span class="{string-join(('tp-hi', tokenize(@tp:styles) ! ('tp-rend-' || .)), ' ')}">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:if test="@tp:css"><xsl:attribute name="style" select="fp:readable-css(@tp:css)"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tp:gen">
    <span class="tp-gen"><xsl:value-of select="."/></span>
  </xsl:template>

  <xsl:template match="tp:anchor">
    <span id="{@xml:id}"/>
  </xsl:template>

  <xsl:template match="tp:line-break">
    <br/>
  </xsl:template>

  <!-- A break of the source with its number; in the margin the number floats right, beside
       the line, and the "|" stays where the line is divided. A page of the source is announced
       as a page break (EPUB 3 pagebreak, DPUB-ARIA doc-pagebreak) and listed in the navigation
       document's page list; a column or a numbered section is not a page. -->
  <xsl:template match="tp:source-page">
    <span class="tp-source-page tp-{@display}" xmlns:epub="http://www.idpf.org/2007/ops">
      <xsl:if test="f:is-page-break(.)">
        <xsl:attribute name="epub:type" select="'pagebreak'"/>
        <xsl:attribute name="role" select="'doc-pagebreak'"/>
        <xsl:attribute name="aria-label" select="@n"/>
      </xsl:if>
      <xsl:attribute name="title" select="@n"/>
      <xsl:attribute name="id" select="fp:source-page-id(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:function name="f:is-page-break" as="xs:boolean">
    <xsl:param name="break" as="element(tp:source-page)"/>
    <xsl:sequence select="$break/@kind = 'page' or $break/@unit = ('page', 'folio')"/>
  </xsl:function>

  <xsl:function name="fp:source-page-id" as="xs:string">
    <xsl:param name="break" as="element(tp:source-page)"/>
    <xsl:sequence select="($break/@xml:id, 'tp-page-' || generate-id($break))[1]"/>
  </xsl:function>

  <xsl:template match="tp:source-page/tp:gen[@role = ('margin', 'break-mark')]">
    <span class="tp-gen tp-{@role}"><xsl:value-of select="."/></span>
  </xsl:template>

  <xsl:template match="tp:figure">
    <xsl:variable name="phrasing" select="fp:in-phrasing(.)"/>
    <xsl:element name="{if ($phrasing) then 'span' else 'figure'}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:attribute name="class" select="'tp-figure' || (if ($phrasing) then ' tp-block' else '')"/>
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:apply-templates select="tp:image"/>
      <xsl:apply-templates select="node() except (tp:image, tp:caption)"/>
      <xsl:for-each select="tp:caption">
        <xsl:element name="{if ($phrasing) then 'span' else 'figcaption'}" namespace="http://www.w3.org/1999/xhtml">
          <xsl:attribute name="class" select="'tp-caption' || (if ($phrasing) then ' tp-block' else '')"/>
          <xsl:call-template name="fp:common-attributes"/>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tp:image[@status = 'local']">
    <img src="{@href}" alt="{@alt}" class="tp-image">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:if test="@width or @height or @scale">
        <xsl:attribute name="style" select="string-join((
            @width ! ('width: ' || fp:css-length(.)), @height[empty(../@width)] ! ('height: ' || fp:css-length(.)),
            @scale[empty(../@width | ../@height)][. castable as xs:double] ! ('width: ' || xs:double(.) * 100 || '%')), '; ')"/>
      </xsl:if>
    </img>
  </xsl:template>

  <xsl:function name="fp:css-length" as="xs:string">
    <xsl:param name="length" as="xs:string"/>
    <xsl:sequence select="if (matches($length, '^[0-9.]+$')) then $length || 'px'
        else if (matches($length, '^[0-9.]+(px|pt|mm|cm|in|pc|em|%)$')) then $length else 'auto'"/>
  </xsl:function>

  <xsl:template match="tp:image">
    <span class="tp-image-missing tp-block" role="img" aria-label="{@alt}">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tp:caption/tp:gen[@role = 'label']">
    <span class="tp-gen tp-label"><xsl:value-of select="."/></span>
  </xsl:template>

  <xsl:template match="tp:table">
    <xsl:variable name="header" select="tp:row[@role = 'label'][empty(preceding-sibling::tp:row[@role = 'data'])]"/>
    <xsl:if test="exists(tp:row)">
      <table class="tp-table">
        <xsl:call-template name="fp:common-attributes"/>
        <xsl:for-each select="tp:caption">
          <caption><xsl:apply-templates/></caption>
        </xsl:for-each>
        <xsl:if test="exists($header)">
          <thead><xsl:apply-templates select="$header"/></thead>
        </xsl:if>
        <xsl:if test="exists(tp:row except $header)">
          <tbody><xsl:apply-templates select="tp:row except $header"/></tbody>
        </xsl:if>
      </table>
    </xsl:if>
    <xsl:if test="empty(tp:row)">
      <xsl:apply-templates select="tp:caption/node()"/>
    </xsl:if>
    <xsl:apply-templates select="* except (tp:caption, tp:row)"/>
  </xsl:template>

  <xsl:template match="tp:row">
    <tr><xsl:apply-templates select="tp:cell"/></tr>
  </xsl:template>

  <xsl:template match="tp:cell">
    <xsl:element name="{if (@role = 'label') then 'th' else 'td'}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:if test="@role = 'label'">
        <xsl:attribute name="scope" select="if (../@role = 'label') then 'col' else 'row'"/>
      </xsl:if>
      <xsl:if test="@rows ne '1'"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:if test="@cols ne '1'"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Every content document passes through mode fp:valid-content before it is written
       (xhtml/document.xsl): wherever an HTML element that holds phrasing content only (a
       paragraph, a heading, a span…) holds a block (a list, a paragraph, a table), as real TEI
       puts them (a list in a label, a manuscript description in a bibliography entry), the
       block and everything in it become spans shown as blocks, with the ARIA role that keeps
       their meaning. A document whose blocks stand in blocks passes unchanged. -->
  <xsl:mode name="fp:valid-content" on-no-match="shallow-copy"/>

  <xsl:variable name="fp:phrasing-only" as="xs:string+" select="
      'span', 'em', 'strong', 'i', 'b', 'cite', 'q', 'code', 'small', 'sub', 'sup', 'abbr', 'dfn',
      'mark', 's', 'u', 'var', 'kbd', 'samp', 'time', 'data', 'bdi', 'bdo', 'label', 'p', 'h1', 'h2',
      'h3', 'h4', 'h5', 'h6', 'pre', 'legend', 'summary'"/>
  <!-- Elements whose content model is that of their parent. -->
  <xsl:variable name="fp:transparent" as="xs:string+" select="'a', 'ins', 'del', 'map'"/>
  <xsl:variable name="fp:flow-only" as="xs:string+" select="
      'p', 'div', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'table',
      'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
      'section', 'aside', 'nav', 'header', 'footer', 'hr', 'pre', 'address', 'article', 'main'"/>
  <xsl:variable name="fp:phrasing-roles" as="map(xs:string, xs:string)" select="map {
      'ul': 'list', 'ol': 'list', 'li': 'listitem', 'dt': 'term', 'dd': 'definition', 'table': 'table',
      'thead': 'rowgroup', 'tbody': 'rowgroup', 'tfoot': 'rowgroup', 'tr': 'row', 'td': 'cell',
      'th': 'columnheader', 'figure': 'figure', 'h1': 'heading', 'h2': 'heading', 'h3': 'heading',
      'h4': 'heading', 'h5': 'heading', 'h6': 'heading' }"/>

  <xsl:template match="*" mode="fp:valid-content">
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="name" select="local-name()"/>
    <xsl:choose>
      <xsl:when test="$phrasing and $name = $fp:flow-only">
        <span class="{string-join(('tp-block', 'tp-html-' || $name, tokenize(@class)), ' ')}">
          <xsl:variable name="role" select="if ($name eq 'th' and @scope = 'row') then 'rowheader' else $fp:phrasing-roles($name)"/>
          <xsl:if test="exists($role)">
            <xsl:attribute name="role" select="$role"/>
          </xsl:if>
          <xsl:if test="$role = 'heading'">
            <xsl:attribute name="aria-level" select="substring($name, 2)"/>
          </xsl:if>
          <xsl:copy-of select="@id | @lang | @xml:lang | @title | @dir | @style | @role | @*[starts-with(local-name(), 'aria-')]
                               | @*[namespace-uri() eq 'http://www.idpf.org/2007/ops']"/>
          <xsl:apply-templates select="node()" mode="#current">
            <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:copy>
          <xsl:apply-templates select="@* | node()" mode="#current">
            <xsl:with-param name="phrasing" tunnel="yes" select="
                if ($name = $fp:transparent) then $phrasing
                else $phrasing or $name = $fp:phrasing-only"/>
          </xsl:apply-templates>
        </xsl:copy>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An element that reached the driver unknown (common/unhandled.xsl). -->
  <xsl:template name="f:generic-element">
    <xsl:element name="{if (fp:in-phrasing(.) or exists(../text()[normalize-space()])) then 'span' else 'div'}"
        namespace="http://www.w3.org/1999/xhtml">
      <xsl:attribute name="class" select="'tp-generic'"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
