// The theme's storage helpers (Material for MkDocs and Zensical, partials/javascripts/
// base.html), served as a file. The scope is the site's root, the folder above this file's
// assets/ (what the inline script's base URL is on every page once the languages share it).
__md_scope=new URL("..",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}},document.documentElement.setAttribute("data-platform",navigator.platform)
